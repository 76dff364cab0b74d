# sed ranges and hold space.
cd /tmp/cws
sed -n '/^## /p' README.md docs/CHANGELOG.md
sed -n '1~2p' data/items.csv
sed '1!G;h;$!d' data/items.csv
sed -e :a -e '$!N;s/\n/,/;ta' notes/todo.txt | head -c 60; echo
sed = data/VERSION
