# Agent parses CSV with quoted fields using gawk FPAT.
cd /tmp/cws/build
printf 'id,name,note\n1,"Smith, John",ok\n2,Jane,"said ""hi"""\n3,"",empty\n' > q.csv
awk -v FPAT='([^,]*)|("[^"]*")' 'NR>1 {print NR-1": "$2" | "NF}' q.csv
awk 'BEGIN {FPAT="([^,]+)|(\"[^\"]+\")"} {print $2}' q.csv
awk -F, '{print NF}' q.csv | paste -sd' '
