# Agent builds a markdown table from a TSV sales file.
cd /tmp/cws
{
  echo "| region | units | revenue |"
  echo "|---|---:|---:|"
  tail -n +2 data/sales.tsv | awk -F'\t' '{u[$1]+=$3; r[$1]+=$4} END {for (k in u) printf "| %s | %d | %.2f |\n", k, u[k], r[k]}' | sort
} > build/report.md
cat build/report.md
awk -F'\t' 'NR>1 {t+=$4} END {printf "Total: %\047.2f\n", t}' data/sales.tsv
