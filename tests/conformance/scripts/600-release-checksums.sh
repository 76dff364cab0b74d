# Agent builds a release folder, writes checksum manifests and verifies them.
cd /tmp/cws
mkdir -p build/release
cp data/items.csv data/sales.tsv README.md build/release/
cd build/release
sha256sum * > SHA256SUMS
md5sum items.csv sales.tsv > MD5SUMS
cat SHA256SUMS
sha256sum -c SHA256SUMS
echo "tampered" >> sales.tsv
sha256sum -c SHA256SUMS; echo "status=$?"
md5sum --quiet -c MD5SUMS; echo "quiet=$?"
sha1sum --tag README.md
sha512sum README.md | cut -c1-32
