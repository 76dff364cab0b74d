# Agent loops over lines: while read, process substitution, IFS splitting.
cd /tmp/cws
while IFS=, read -r name cat qty price; do
  [ "$name" = name ] && continue
  printf '%-9s %3s x %5s\n' "$name" "$qty" "$price"
done < data/items.csv
n=0
while IFS= read -r line; do
  case $line in *ERROR*|*WARN*) n=$((n + 1)); echo "issue: ${line#* }" ;; esac
done < <(grep -v DEBUG data/app.log)
echo "issues: $n"
paste -d: <(cut -d, -f1 data/items.csv) <(cut -d, -f4 data/items.csv) | head -4
