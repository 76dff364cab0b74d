# Positional parameters.
set -- src/main.py "docs/getting started.md" data/items.csv
echo "count: $#"
echo "all: $*"
echo "from 2: ${@:2}"
echo "one from 2: ${@:2:1}"
echo "last: ${!#} ${@: -1}"
for a; do echo "arg: $a"; done
shift
echo "after shift: $1"
shift 2
echo "empty: $# [${1-unset}]"
set -- a b c d e f g h i j k
echo "tenth: ${10} not: $10"
IFS=-; echo "joined: $*"; unset IFS
echo "\"\$@\" in string: ${*:3:2}"
