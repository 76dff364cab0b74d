# Agent builds tables with uniq and column.
cd /tmp/cws
cut -d' ' -f1 data/access.log | sort | uniq -c | sort -rn | awk '{print $2, $1}' | column -t
awk '{print $9}' data/access.log | sort | uniq -d
awk '{print $9}' data/access.log | sort | uniq -u
awk '{print $1, $9}' data/access.log | sort -u | column -t -N IP,STATUS
printf 'a\na\nb\nA\n' | uniq -i -c
(echo "file lines"; wc -l data/*.csv data/*.tsv | head -n -1 | awk '{print $2, $1}') | column -t
column -s $'\t' -t data/sales.tsv | head -3
