# Agent groups files by folder name.
cd /tmp/cws
find . -type f -name '*.*' | sort | while read -r f; do
  printf '%s %s\n' "$(basename "$(dirname "$f")")" "$(basename "$f")"
done | sort | awk '{a[$1]=a[$1] " " $2} END {for (k in a) print k ":" a[k]}' | sort
basename "$(pwd)"
dirname "$(pwd)"
basename -s .md docs/*.md
