# mapfile -C callback -c quantum.
show() { echo "callback $1: $2"; }
mapfile -t -C show -c 2 every < notes/todo.txt
echo "${#every[@]} lines"
