# Files with spaces in their names.
for f in docs/*; do
    echo "[$f]"
done
f="docs/getting started.md"
if [ -f "$f" ]; then
    echo "exists: $f"
fi
cat "$f"
cat docs/getting\ started.md > /dev/null && echo "escaped ok"
cat $f
echo "unquoted status $?"
set -- docs/*.md
echo "$# args"
printf '<%s>\n' "$@"
