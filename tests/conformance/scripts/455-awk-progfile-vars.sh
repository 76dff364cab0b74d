# Agent writes an awk program file and passes variables.
cd /tmp/cws/build
cat > report.awk <<'AWK'
BEGIN { FS = ","; OFS = "\t" }
NR == 1 { next }
$3 >= min { keep[++n] = $1 OFS $3 }
END {
  for (i = 1; i <= n; i++) print keep[i]
  print "count", n
}
AWK
awk -v min=5 -f report.awk ../data/items.csv
awk -f report.awk min=20 ../data/items.csv
awk -v 'msg=tab\there' 'BEGIN {print msg}'
awk -v n=010 'BEGIN {print n + 0}'
awk -- 'BEGIN {print "dashdash"}'
awk -v x=1 -v y=2 'BEGIN {print x + y}'
