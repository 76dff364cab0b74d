# Agent computes per-category totals from a CSV and prints an aligned table.
cd /tmp/cws
awk -F, 'NR > 1 { qty[$2] += $3; val[$2] += $3 * $4; n[$2]++ }
END {
  printf "%-10s %5s %10s %4s\n", "category", "qty", "value", "n"
  PROCINFO["sorted_in"] = "@ind_str_asc"
  for (c in qty) printf "%-10s %5d %10.2f %4d\n", c, qty[c], val[c], n[c]
}' data/items.csv
tail -n +2 data/items.csv | sort -t, -k4,4nr | head -3 | cut -d, -f1,4
tail -n +2 data/items.csv | cut -d, -f2 | sort -u | paste -sd, -
column -t -s, data/items.csv | head -4
