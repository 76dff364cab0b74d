# Agent relies on uniq -c padding and sort -rn ordering of ties.
printf 'x\n' | uniq -c
seq 1 1000 | awk '{print $1 % 2}' | sort | uniq -c
printf 'b\na\nb\nc\na\nb\n' | sort | uniq -c | sort -rn
printf 'b\na\nb\nc\na\nb\n' | sort | uniq -c | sort -rn | awk '{print $2": "$1}'
printf 'b\na\nb\nc\na\nb\n' | sort | uniq -c | sort -nr -k1 | head -1 | sed 's/^ *//'
