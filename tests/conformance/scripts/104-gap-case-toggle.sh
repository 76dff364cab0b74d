# ${var~~} toggles case.
# gap: ${s~~} and ${s~} are a bad substitution
s="Hello, World"
echo "${s~~} ${s~}"
