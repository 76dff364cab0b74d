# command, builtin and enable.
command echo "via command"
builtin echo "via builtin"
builtin nosuch
echo "status $?"
command nosuch 2>/dev/null
echo "status $?"
echo() { builtin echo "wrapped: $*"; }
echo hi
command echo plain
unset -f echo
echo restored
command -V cat
command -V printf
