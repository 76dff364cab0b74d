# source with arguments and BASH_SOURCE.
cat > build/args.sh <<'LIB'
echo "in sourced file: $# args: $*"
echo "first=${1-none}"
LIB
set -- outer1 outer2
source build/args.sh a b c
source build/args.sh
echo "outer: $*"
