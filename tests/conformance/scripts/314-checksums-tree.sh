# Agent computes checksums over the tree and verifies them.
cd /tmp/cws
find src data -type f | sort | xargs md5sum > sums.md5
cat sums.md5
md5sum -c sums.md5
sha256sum data/VERSION data/items.csv
echo "changed" >> data/VERSION
md5sum -c --quiet sums.md5; echo "rc $?"
sha1sum README.md | cut -c1-12
md5sum nope; echo "rc $?"
echo -n hello | sha256sum
