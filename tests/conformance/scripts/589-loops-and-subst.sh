# Agent iterates over files and command output, collecting results.
cd /tmp/cws
declare -A count
while IFS= read -r f; do
  ext=${f##*.}
  count[$ext]=$(( ${count[$ext]:-0} + 1 ))
done < <(find . -type f -name '*.*' | sort)
for k in $(printf '%s\n' "${!count[@]}" | sort); do echo "$k ${count[$k]}"; done
total=0
for f in data/*.csv data/*.tsv; do n=$(wc -l < "$f"); total=$((total + n)); done
echo "total lines: $total"
grep -l TODO -r . | sort | while read -r f; do echo "$(grep -c TODO "$f") $f"; done
readarray -t ips < <(awk '{print $1}' data/access.log | sort -u)
echo "${#ips[@]} unique: ${ips[*]}"
