# Agent regenerates a manifest only for files that changed.
cd /tmp/cws
find data -type f -name '*.*' | sort > build/files.txt
xargs sha256sum < build/files.txt > build/SUMS
wc -l < build/SUMS
echo "new line" >> data/app.log
sha256sum -c build/SUMS 2>/dev/null | grep -v ': OK$'
sha256sum -c --quiet build/SUMS; echo "status=$?"
awk '{print $2}' build/SUMS | head -3
sha256sum --check --status build/SUMS || echo "some files changed"
