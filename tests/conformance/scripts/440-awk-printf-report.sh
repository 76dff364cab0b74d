# Agent renders a fixed-width report with header, separators and totals.
cd /tmp/cws
awk -F'\t' '
BEGIN { printf "%-8s %-8s %6s %10s\n", "REGION", "MONTH", "UNITS", "REVENUE"; print "------------------------------------" }
NR > 1 { printf "%-8s %-8s %6d %10.2f\n", $1, $2, $3, $4; u += $3; r += $4 }
END { print "------------------------------------"; printf "%-17s %6d %10.2f\n", "TOTAL", u, r }' data/sales.tsv
