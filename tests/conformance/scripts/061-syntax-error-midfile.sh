# A syntax error part-way through the script: earlier commands run.
# gap: a syntax error anywhere in the file stops the whole script before it runs
echo "before"
cat data/VERSION; echo
if [ -f README.md ]; then
    echo "inside"
fi fi
echo "after (never)"
