# cd searches CDPATH and prints the directory it chose.
# gap: CDPATH is ignored
CDPATH=/tmp/cws/rust cd src && echo "via CDPATH: $PWD"
