# Agent archives project folders, lists the archive and restores it elsewhere.
cd /tmp/cws
tar czf backup.tgz data docs
tar tzf backup.tgz | sort
mkdir restore && tar xzf backup.tgz -C restore
diff -r data restore/data && echo "data identical"
ls restore
tar cf notes.tar notes && tar tvf notes.tar | awk '{print $1, $NF}'
gzip -k data/items.csv && ls data/items.csv*
zcat data/items.csv.gz | head -2
gunzip -c data/items.csv.gz | wc -l
gzip -l data/items.csv.gz | awk 'NR==2{print $4}'
rm data/items.csv && gunzip data/items.csv.gz && wc -l data/items.csv
file backup.tgz notes.tar
