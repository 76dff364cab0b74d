# Agent counts HTTP status codes and top client IPs in an access log.
cd /tmp/cws
awk '{print $9}' data/access.log | sort | uniq -c | sort -rn
echo ---
cut -d' ' -f1 data/access.log | sort | uniq -c | sort -k1,1nr -k2,2 | head -3
echo ---
grep -o '"[A-Z]* /[^ ]*' data/access.log | cut -c2- | sort | uniq -c | sort -rn -k1,1 -k2
