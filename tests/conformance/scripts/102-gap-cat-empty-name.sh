# cat of an empty file name.
# gap: cat "" reads the working directory ("Is a directory") instead of "No such file or directory"
cat ""
echo "status $?"
