# A missing fi.
# gap: a syntax error anywhere in the file stops the whole script before it runs
echo "checking"
if [ -d src ]; then
    echo "src exists"
