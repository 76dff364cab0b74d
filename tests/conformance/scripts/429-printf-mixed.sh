# Agent mixes printf builtin with command output.
cd /tmp/cws
printf '%-10s %5s\n' NAME QTY
tail -n +2 data/items.csv | while IFS=, read -r n c q p; do printf '%-10s %5d\n' "$n" "$q"; done
printf '%s\n' "$(wc -l < data/items.csv) lines"
printf '%08.3f|%x|%o|%e\n' 3.14159 255 8 1234.5
printf '%s,' a b c; echo
printf '%b\n' 'tab\there'
printf '%q\n' "it's a test"
printf '%5.2s|\n' abcdef
printf '%d%%\n' 50
echo -e "a\tb" | cat -A
echo -n "no newline" | wc -c
