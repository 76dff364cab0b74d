# Agent uses sed addresses, ranges, steps, and scripted edits.
cd /tmp/cws
sed -n '2,4p' data/items.csv
sed -n '0~3p' data/app.log
sed -n '/WARN/,+1p' data/app.log
sed '/^#/d;/^$/d' .editorconfig | head -5
sed -n '/DEBUG/!p' data/app.log | sed -n '$p'
sed -e '1i\# header' -e '$a\# footer' data/items.csv | head -3
sed -n -e '/ERROR/{=;p}' data/app.log | paste - -
sed 's/,/\t/g;y/abc/ABC/' data/items.csv | head -3
sed '3q' data/sales.tsv
sed -E 's/^([^,]+),([^,]+)/\2,\1/' data/items.csv | head -3
printf 'a b c\n' | sed 's/ /\n/2'
