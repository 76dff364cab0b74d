# Agent loops over command output with while read.
cd /tmp/cws
find . -type f -name '*.py' | sort | while read -r f; do
  printf '%-28s %3d lines\n' "$f" "$(wc -l < "$f")"
done
total=0
while IFS= read -r line; do
  total=$((total + 1))
done < <(grep -rh "def " src)
echo "defs: $total"
grep -n "" notes/todo.txt | while IFS=: read -r n text; do echo "[$n] $text"; done
ls data | while read -r name; do echo "data/$name"; done
