# Parse the CSV with IFS=, and compute a total value.
total_cents=0
{
    read -r header
    echo "columns: $header"
    while IFS=, read -r name category qty price; do
        whole=${price%.*}
        frac=${price#*.}
        cents=$((10#$whole * 100 + 10#$frac))
        value=$((qty * cents))
        total_cents=$((total_cents + value))
        printf '%-12s %-6s %3d x %6s = %8d.%02d\n' "$name" "$category" "$qty" "$price" $((value / 100)) $((value % 100))
    done
} < data/items.csv
printf 'total: %d.%02d\n' $((total_cents / 100)) $((total_cents % 100))
