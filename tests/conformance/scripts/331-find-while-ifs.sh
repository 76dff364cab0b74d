# Agent handles file names with spaces from find.
cd /tmp/cws
find docs -type f -print0 | sort -z | while IFS= read -r -d '' f; do
  echo "<$f> $(wc -l < "$f")"
done
find docs -name '* *' | sort
find docs -name '* *' -exec cat {} \;; echo "rc $?"
mv "docs/getting started.md" docs/getting-started.md && ls docs
for f in docs/*; do echo "[$f]"; done
