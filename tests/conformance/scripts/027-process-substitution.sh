# Process substitution and mapfile.
mapfile -t lines < <(cat data/items.csv)
echo "rows: $((${#lines[@]} - 1))"
echo "first: ${lines[1]}"
while read -r l; do echo "changelog: $l"; done < <(cat docs/CHANGELOG.md)
cat <(echo from-procsub) <(cat data/VERSION; echo)
mapfile -t -s 1 -n 2 two < data/items.csv
printf '%s\n' "${two[@]}"
