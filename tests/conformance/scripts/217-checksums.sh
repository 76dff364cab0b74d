# Checksums and encodings.
cd /tmp/cws/data
md5sum VERSION
sha256sum VERSION items.csv
sha256sum VERSION > /tmp/cws/build/sums.txt
sha256sum -c /tmp/cws/build/sums.txt
echo -n "hello" | base64
echo aGVsbG8= | base64 -d; echo
