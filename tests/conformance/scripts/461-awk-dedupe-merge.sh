# Agent deduplicates and merges records keyed by first column.
cd /tmp/cws/build
printf 'id,name\n3,c\n1,a\n2,b\n1,a2\n' > left.csv
printf 'id,score\n2,20\n3,30\n4,40\n' > right.csv
awk -F, 'NR==FNR {if (FNR>1) s[$1]=$2; next} FNR>1 {print $1, $2, ($1 in s ? s[$1] : "NA")}' right.csv left.csv
awk -F, 'FNR>1 && !seen[$1]++' left.csv
awk -F, 'FNR==1 {next} {k[$1]} END {for (x in k) print x}' left.csv right.csv | sort -n | paste -sd,
awk -F, -v OFS=, 'FNR==1 && NR!=1 {next} 1' left.csv right.csv
