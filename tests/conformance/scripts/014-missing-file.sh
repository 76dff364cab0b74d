# Errors on purpose: missing files.
cat no-such-file.txt
echo "status: $?"
cat README.md missing.md > /dev/null
echo "status: $?"
while read -r l; do echo "$l"; done < nope.txt
echo "status: $?"
x=$(< also-missing)
echo "status: $? x=[$x]"
source ./not-here.sh
echo "source status: $?"
