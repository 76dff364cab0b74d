# -s on a directory and -x on an executable file from the tree.
# gap: directories have size 0 ([ -s dir ] is false) and ram: seeding drops the executable bit
[ -s src ] && echo "src has a size"
[ -x scripts/build.sh ] && echo "build.sh is executable"
[ -x src ] && echo "src is searchable"
