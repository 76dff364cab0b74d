# Agent reads command output line by line, including a last line without newline.
cd /tmp/cws
while read -r line; do echo "[$line]"; done < data/VERSION
cat data/VERSION | while read -r line || [ -n "$line" ]; do echo "got $line"; done
n=0; while read -r _; do n=$((n+1)); done < <(find src -type f); echo "n=$n"
grep -rn TODO . | sort | while IFS=: read -r file line rest; do
  echo "$file@$line"
done
ls data | { read -r first; echo "first=$first"; }
IFS=, read -r a b c < data/items.csv; echo "$a/$b/$c"
mapfile -t rows < <(tail -n +2 data/items.csv); echo "${#rows[@]} ${rows[2]}"
