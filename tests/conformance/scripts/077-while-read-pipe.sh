# A pipeline into while read runs in a subshell.
count=0
cat data/items.csv | while IFS=, read -r name _; do
    count=$((count + 1))
done
echo "count after pipe: $count"
shopt -s lastpipe
cat data/items.csv | while IFS=, read -r name _; do
    count=$((count + 1))
done
echo "count with lastpipe (not interactive): $count"
count=0
while IFS=, read -r name _; do count=$((count + 1)); done < data/items.csv
echo "count with redirect: $count"
