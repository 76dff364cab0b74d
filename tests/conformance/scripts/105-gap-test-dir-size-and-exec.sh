# -s on a directory and -x on an executable file from the tree.
[ -s src ] && echo "src has a size"
[ -x scripts/build.sh ] && echo "build.sh is executable"
[ -x src ] && echo "src is searchable"
