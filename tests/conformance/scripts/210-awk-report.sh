# A small report with awk.
cd /tmp/cws/data
awk -F, 'NR==1 {next} {qty[$2] += $3; n[$2]++} END {for (c in qty) printf "%-6s %3d %d\n", c, qty[c], n[c]}' items.csv | sort
awk -F, 'NR>1 && $3 == 0 {print "out of stock:", $1}' items.csv
awk 'END {print NR}' items.csv
awk -F, -v OFS='\t' 'NR>1 {print $1, $4}' items.csv
