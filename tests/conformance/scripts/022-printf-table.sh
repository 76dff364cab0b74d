# A printf table of the inventory.
printf '%-12s|%8s|%6s\n' NAME CATEGORY QTY
printf '%.0s-' {1..28}; echo
while IFS=, read -r name cat qty price; do
    [[ $name == name ]] && continue
    printf '%-12s|%8s|%6d\n' "$name" "$cat" "$qty"
done < data/items.csv
printf '%5.1f%%\n' 12.345 99.95
printf '%x %o %X %e\n' 255 8 48879 1234.5
printf '[%*d] [%-*d]\n' 5 42 5 42
printf '%s\n' a b c
printf '%q\n' "it's a file.txt" 'tab	here'
printf '%b\n' 'one\ttwo\nthree'
