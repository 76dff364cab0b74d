# Agent builds an aligned report of file sizes with printf and column.
cd /tmp/cws
{
  printf '%s\t%s\t%s\n' FILE LINES BYTES
  for f in data/*.csv data/*.tsv data/*.log; do
    printf '%s\t%d\t%d\n' "$f" "$(wc -l < "$f")" "$(wc -c < "$f")"
  done
} | column -t -s $'\t'
printf '%-12s|%6s|%8s\n' name qty price
tail -n +2 data/items.csv | while IFS=, read -r n c q p; do
  printf '%-12s|%6d|%8.2f\n' "$n" "$q" "$p"
done
printf '%s\n' a b c | paste -sd,
