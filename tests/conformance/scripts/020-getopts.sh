# Argument parsing with getopts.
usage() { echo "usage: tool [-v] [-o FILE] [-n N] ARGS..." >&2; }
parse() {
    local OPTIND opt verbose=0 out=- n=1
    while getopts ":vo:n:" opt; do
        case $opt in
            v) verbose=$((verbose + 1)) ;;
            o) out=$OPTARG ;;
            n) n=$OPTARG ;;
            :) echo "option -$OPTARG needs a value" >&2; return 2 ;;
            \?) echo "unknown option -$OPTARG" >&2; usage; return 2 ;;
        esac
    done
    shift $((OPTIND - 1))
    echo "verbose=$verbose out=$out n=$n rest=[$*] count=$#"
}
parse -v -v -o out.txt file1 file2
parse -n 3 -- -x y
parse -vn5 a
parse -q
echo "status $?"
parse -o
echo "status $?"
set -- -o report.md src
parse "$@"
