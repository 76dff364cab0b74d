# cd searches CDPATH and prints the directory it chose.
CDPATH=/tmp/cws/rust cd src && echo "via CDPATH: $PWD"
