# Agent shows file dates in a tree view after pinning them.
cd /tmp/cws
find data -exec touch -d '2024-05-06 07:08:09' {} +
tree -D data
tree -pDs data
tree -D --timefmt '%Y-%m' data
tree -hD data
