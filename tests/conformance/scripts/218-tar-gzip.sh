# Archive a directory and list it.
cd /tmp/cws
tar czf build/src.tgz src
tar tzf build/src.tgz | sort
mkdir -p build/x && tar xzf build/src.tgz -C build/x
diff -r src build/x/src && echo same-tree
gzip -c data/items.csv > build/items.csv.gz
zcat build/items.csv.gz | head -2
