# Agent renders a summary table of line counts per extension.
cd /tmp/cws
find . -type f -name '*.*' | sed 's/.*\.//' | sort | uniq -c | sort -k1,1nr -k2 |
  awk '{printf "%s %s\n", $2, $1}' | column -t
printf '%s\n' "ext,files" "py,3" "rs,2" | column -t -s, -o ' | '
printf 'a\tb\tc\n1\t22\t333\n' | column -t -s $'\t' -R 3
