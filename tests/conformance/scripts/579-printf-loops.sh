# Agent formats reports with printf in shell loops.
cd /tmp/cws
for f in data/*; do printf '%-22s %5d\n' "$f" "$(wc -c < "$f")"; done
i=0; while read -r line; do i=$((i+1)); [ $i -le 3 ] && printf '%02d|%.15s|\n' "$i" "$line"; done < data/access.log
printf '%s,%s\n' a 1 b 2 c 3 | sort -t, -k2,2nr
printf '%5.1f%%\n' 12.345 99.99
mapfile -t lines < data/items.csv; echo "${#lines[@]} ${lines[2]%%,*}"
IFS=, read -r -a hdr < data/items.csv; printf '[%s]' "${hdr[@]}"; echo
