# Agent writes a markdown report summarizing the repository files.
cd /tmp/cws
out=build/SUMMARY.md
{
  echo "# Summary"
  echo
  echo "| ext | files | lines |"
  echo "|-----|------:|------:|"
  find . -type f -name '*.*' -not -path './build/*' | sed 's/.*\.//' | sort | uniq -c | while read -r n ext; do
    lines=$(find . -type f -name "*.$ext" -not -path './build/*' -exec cat {} + | wc -l)
    printf '| %s | %d | %d |\n' "$ext" "$n" "$lines"
  done
} > "$out"
cat "$out"
wc -l "$out"
