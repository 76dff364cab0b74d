# Agent checks which tools exist before using them.
cd /tmp/cws
for t in grep sed awk jq find xargs tree rg nosuchtool; do
  if command -v "$t" >/dev/null 2>&1; then echo "$t: yes"; else echo "$t: no"; fi
done
type -t ls grep
hash -r; echo "rc $?"
