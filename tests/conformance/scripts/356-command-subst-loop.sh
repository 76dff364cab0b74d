# Agent iterates over command substitution results.
cd /tmp/cws
for f in $(ls src); do echo "entry: $f"; done
for f in $(grep -rl "def" src | sort); do echo "$f has $(grep -c def "$f") defs"; done
for d in $(find . -mindepth 1 -maxdepth 1 -type d | sort); do
  echo "$d: $(find "$d" -type f | wc -l) files"
done
count=0; for x in $(seq 5); do count=$((count + x)); done; echo $count
out=$(ls nope 2>&1); echo "captured: $out"
rc=$(ls nope >/dev/null 2>&1; echo $?); echo "rc=$rc"
