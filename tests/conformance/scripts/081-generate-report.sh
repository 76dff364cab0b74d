# Generate a markdown report file from the data, then show it.
set -euo pipefail
out=build/report.md
{
    echo "# Inventory report"
    echo
    echo "| item | qty |"
    echo "|---|---:|"
    while IFS=, read -r name _ qty _; do
        [[ $name == name ]] && continue
        (( qty == 0 )) && flag=" (out of stock)" || flag=
        echo "| $name$flag | $qty |"
    done < data/items.csv
} > "$out"
cat "$out"
echo "wrote $out"
