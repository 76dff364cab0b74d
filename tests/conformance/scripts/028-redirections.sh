# Redirections: 2>&1, >>, order, /dev/null.
{ echo out; echo err >&2; } > build/both.log 2>&1
cat build/both.log
{ echo out; echo err >&2; } 2>&1 > build/only-out.log
echo "---"
cat build/only-out.log
echo one > build/append.log
echo two >> build/append.log
echo three 1>> build/append.log
cat build/append.log
cat missing 2> build/err.log
echo "err log: $(< build/err.log)"
echo hidden > /dev/null
echo visible 2>/dev/null
: > build/empty.log
[ -s build/empty.log ] || echo "empty.log is empty"
[ -e build/empty.log ] && echo "but exists"
