# Agent builds a top-N report with ties broken alphabetically.
cd /tmp/cws
awk -F'"' '{print $6}' data/access.log | sort | uniq -c | sort -k1,1nr -k2 | awk '{c=$1; $1=""; sub(/^ /, ""); printf "%3d  %s\n", c, $0}'
awk '{print $1, $9}' data/access.log | sort -u | sort -k2,2n -k1,1 | head -5
awk '{print substr($4, 14, 5)}' data/access.log | uniq -c | head -3
