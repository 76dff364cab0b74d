# Agent edits files in place with sed: several -e, addresses, backups.
cd /tmp/cws
cp data/items.csv /tmp/cws/items.bak.csv
sed -i -e 's/tools/TOOLS/' -e '/^flange/d' -e '1s/^/# /' items.bak.csv
cat items.bak.csv
sed -i.orig '2,3{s/,/;/g}' items.bak.csv
diff items.bak.csv.orig items.bak.csv; echo "diff status $?"
sed -n '$=' items.bak.csv
sed -E -i 's/(^|;)([a-z])/\1\U\2/g' items.bak.csv
head -3 items.bak.csv
