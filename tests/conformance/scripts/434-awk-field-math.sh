# Agent computes derived columns with awk field math.
cd /tmp/cws
awk -F, 'NR==1 {print $0 ",total"; next} {printf "%s,%.2f\n", $0, $3*$4}' data/items.csv
awk -F, 'NR>1 && $3 > max {max=$3; who=$1} END {print who, max}' data/items.csv
awk -F, 'NR>1 {$5 = $3 * 2; print}' OFS=';' data/items.csv | head -2
awk -F'\t' 'NR>1 {printf "%s %6.1f%%\n", $1, ($3 ? $4/$3 : 0)}' data/sales.tsv | head -4
awk 'BEGIN {print 10/4, int(10/4), 10%4, 2**10, -7%3, 1e3, 0.1+0.2, 100000*100000}'
awk 'BEGIN {print 1/3; OFMT="%.2f"; print 1/3; x = 1/3 ""; print x; CONVFMT="%.3f"; y = 1/3 ""; print y}'
awk 'BEGIN {print 123456789012, 2^53, 3.0, 0.000001, 1e-7}'
