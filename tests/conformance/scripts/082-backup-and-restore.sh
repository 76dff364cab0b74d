# Copy a file with cat, modify it, compare, restore.
cat src/util/strings.py > build/strings.py.bak
printf '\ndef shout(text):\n    return text.upper()\n' >> src/util/strings.py
if [[ "$(< src/util/strings.py)" != "$(< build/strings.py.bak)" ]]; then
    echo "modified"
fi
cat build/strings.py.bak > src/util/strings.py
[[ "$(< src/util/strings.py)" == "$(< build/strings.py.bak)" ]] && echo "restored"
[ build/strings.py.bak -nt data/items.csv ] && echo "backup is newer than data"
[ data/items.csv -ot build/strings.py.bak ] && echo "data is older"
