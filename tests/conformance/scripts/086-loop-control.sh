# break, continue, nested loops, loop status.
for dir in src rust docs; do
    for f in "$dir"/*; do
        [[ -d $f ]] && continue
        [[ $f == *started* ]] && { echo "stop at $f"; break 2; }
        echo "$f"
    done
done
i=0
while :; do
    (( ++i > 3 )) && break
    (( i == 2 )) && continue
    echo "i=$i"
done
for x in; do echo never; done
echo "empty for status $?"
until false; do echo once; break; done
for ((i = 0, j = 10; i < 3; i++, j -= 2)); do echo "$i $j"; done
