# Agent hashes streams and verifies a manifest with a missing file.
cd /tmp/cws
cat data/items.csv | md5sum
md5sum - < data/items.csv
sha256sum -b data/VERSION
sha1sum data/items.csv data/sales.tsv > build/manifest
echo "0000000000000000000000000000000000000000  data/gone.csv" >> build/manifest
sha1sum -c build/manifest; echo "status=$?"
sha1sum -c --ignore-missing build/manifest; echo "status=$?"
printf 'bad line\n' | sha1sum -c; echo "status=$?"
sha256sum data; echo "status=$?"
