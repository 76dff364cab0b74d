# Agent prints a header, a section sorted through an awk pipe, and a footer.
cd /tmp/cws
awk -F, 'NR == 1 { print "== items by price ==" } NR > 1 { printf "%8.2f %s\n", $4, $1 | "sort -rn" } END { close("sort -rn"); print "== total:", NR - 1, "==" }' data/items.csv
awk -F'\t' 'NR > 1 { print $1 | "sort -u" } END { close("sort -u"); print "regions listed" }' data/sales.tsv
