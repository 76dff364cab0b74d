# cat of an empty file name.
cat ""
echo "status $?"
