# mapfile -C callback -c quantum.
# gap: mapfile ignores -C/-c (the callback never runs)
show() { echo "callback $1: $2"; }
mapfile -t -C show -c 2 every < notes/todo.txt
echo "${#every[@]} lines"
