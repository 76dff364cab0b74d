# Agent reports file sizes and types in a loop.
cd /tmp/cws
for f in data/* docs/*; do
  printf '%s: %s bytes, %s\n' "$f" "$(stat -c %s "$f")" "$(stat -c %F "$f")"
done
stat -c '%n' src/* | sort
stat -L -c '%F' README.md
ln -s README.md rl && stat -c '%F %N' rl
stat -c '%s' data/VERSION nope; echo "rc $?"
