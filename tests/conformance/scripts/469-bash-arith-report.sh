# Agent computes percentages with bash arithmetic and bc.
cd /tmp/cws
total=$(awk -F, 'NR>1 {s+=$3} END {print s}' data/items.csv)
while IFS=, read -r name cat qty price; do
  [ "$name" = name ] && continue
  pct=$(( qty * 100 / total ))
  frac=$(echo "scale=2; $qty * 100 / $total" | bc)
  printf '%-12s %3d %3d%% %6s%%\n' "$name" "$qty" "$pct" "$frac"
done < data/items.csv
echo "total=$total"
echo "scale=4; 22/7" | bc
echo "10 % 3" | bc
echo "x=5; x*x" | bc
echo "obase=16; 255" | bc
echo "ibase=2; 1010" | bc
echo "1/0" | bc 2>&1
