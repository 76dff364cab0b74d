# Agent makes awk mistakes and reads the error messages.
cd /tmp/cws
awk '{print $1' data/items.csv 2>&1; echo "st=$?"
awk -F, '{print $1}' no-such-file.csv 2>&1; echo "st=$?"
awk -F, 'NR==1{print $1}' data/items.csv missing.csv 2>&1; echo "st=$?"
awk 'BEGIN { print 1/0 }' 2>&1; echo "st=$?"
awk 'BEGIN { getline x < "nope"; print "ok" }'; echo "st=$?"
awk -f missing.awk 2>&1; echo "st=$?"
awk 2>&1 | head -2; echo "st=$?"
