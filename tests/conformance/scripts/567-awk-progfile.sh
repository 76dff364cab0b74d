# Agent writes an awk program to a file and runs it with -f and -v.
cd /tmp/cws
cat > build/report.awk <<'AWK'
BEGIN { FS = ","; OFS = "\t" }
NR == 1 { next }
{
  total += $3 * $4
  if ($3 + 0 > max) { max = $3; who = $1 }
  cats[$2] = cats[$2] ? cats[$2] "," $1 : $1
}
END {
  printf "total=%.2f max=%d (%s)\n", total, max, who
  PROCINFO["sorted_in"] = "@ind_str_desc"
  for (c in cats) print c, cats[c]
  print "limit", limit, ENVIRON["REPORT_MODE"]
}
AWK
REPORT_MODE=full awk -v limit=5 -f build/report.awk data/items.csv
awk -f build/report.awk -v limit=9 data/items.csv | tail -1
echo 'BEGIN { print "syntax" ' > build/bad.awk
awk -f build/bad.awk; echo "status $?"
