# Agent aggregates TSV with a bash while-read loop and associative arrays.
cd /tmp/cws
declare -A units
while IFS=$'\t' read -r region month u rev; do
  [ "$region" = region ] && continue
  units[$region]=$(( ${units[$region]:-0} + u ))
done < data/sales.tsv
for k in "${!units[@]}"; do echo "$k ${units[$k]}"; done | sort -k2,2nr
mapfile -t months < <(cut -f2 data/sales.tsv | tail -n +2 | sort -u)
echo "${#months[@]} months: ${months[*]}"
