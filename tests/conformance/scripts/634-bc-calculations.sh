# Agent computes totals and percentages with bc.
cd /tmp/cws
sum=$(tail -n +2 data/items.csv | cut -d, -f4 | paste -sd+ | bc)
echo "sum of prices: $sum"
echo "scale=3; $sum / $(tail -n +2 data/items.csv | wc -l)" | bc
echo "scale=1; 100 * 3 / 7" | bc
printf '%.2f\n' "$(echo 'scale=4; 22/7' | bc)"
echo '2^16; 17 % 5; -3 + 1' | bc
echo 'ibase=16; 1F' | bc
echo 'define sq(x) { return x*x; }; sq(12)' | bc
echo '1 / 0' | bc; echo "status=$?"
echo 'scale=4; e(1)' | bc -l
