# Agent compresses logs in several ways and checks the results.
cd /tmp/cws
gzip -c data/app.log > app.log.gz && ls -l app.log.gz | awk '{print $NF}'
gzip -t app.log.gz && echo intact
gzip -9 -k data/access.log && ls data/access.log*
gzip -d -c data/access.log.gz | cmp - data/access.log && echo same
zcat app.log.gz data/access.log.gz | wc -l
gzip data/VERSION && gzip data/VERSION.gz; echo "rc $?"
gunzip data/VERSION.gz && cat data/VERSION
gzip -d data/items.csv; echo "rc $?"
gzip -r docs && ls docs
gunzip -r docs && ls docs
gzip -v -k notes/todo.txt 2>&1 | sed 's/.*-- //'
echo hello | gzip | gunzip
gzip -l app.log.gz | tail -1 | awk '{print $2, $4}'
zcat nope.gz; echo "rc $?"
