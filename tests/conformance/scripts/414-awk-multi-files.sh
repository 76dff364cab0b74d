# Agent processes multiple files with FILENAME, FNR and ENDFILE-free idioms.
cd /tmp/cws
awk 'FNR==1 {print FILENAME ":" NR ":" FNR}' data/items.csv data/sales.tsv data/VERSION
awk 'END {print NR}' data/items.csv data/sales.tsv
awk -v OFS=, -F'\t' 'NR>1 {print $1, $3}' data/sales.tsv | head -3
awk -v n=3 -v pre="row " 'NR<=n {print pre NR": "$1}' FS=, data/items.csv
awk '{print FILENAME}' FS=, data/VERSION
