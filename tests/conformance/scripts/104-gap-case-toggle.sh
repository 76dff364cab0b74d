# ${var~~} toggles case.
s="Hello, World"
echo "${s~~} ${s~}"
