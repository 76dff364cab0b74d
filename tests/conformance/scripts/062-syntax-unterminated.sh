# An unterminated quote at the end of the script.
# gap: a syntax error anywhere in the file stops the whole script before it runs
echo "start"
for f in src/*.py; do
    echo "$f"
done
echo "oops
