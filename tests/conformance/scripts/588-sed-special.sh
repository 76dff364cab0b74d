# Agent uses sed's less common commands: c, y, l, z, w, r, -s, -z.
cd /tmp/cws
sed '2c\replaced line' data/items.csv | head -3
printf 'a\tb\\c\n' | sed -n l
sed -n '/misc/w build/misc.txt' data/items.csv; cat build/misc.txt
echo 'INSERTED' > build/ins.txt; sed '1r build/ins.txt' data/items.csv | head -3
sed -s -n '$p' data/items.csv data/sales.tsv
printf 'a\0b\0' | sed -z 's/^/>/' | tr '\0' '\n'
sed '/widget/{s/tools/TOOLS/;n;s/tools/T/}' data/items.csv | head -3
sed -n '2{p;q}' data/app.log
sed '$!N;s/\n/ + /' data/items.csv
echo 'path/to/file.txt' | sed 's|/|\\|g; s|\.txt$|.md|'
echo 'aaa bbb' | sed 's/\(a*\) \(b*\)/\2 \1/'
echo 'CamelCaseName' | sed -E 's/([a-z])([A-Z])/\1_\L\2/g'
