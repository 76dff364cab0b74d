# The FNR==NR join idiom.
cd /tmp/cws/build
printf 'widget red\ngadget blue\n' > colors.txt
awk -F'[ ,]' 'NR==FNR {c[$1]=$2; next} ($1 in c) {print $1, c[$1], $3}' colors.txt ../data/items.csv
awk '{ n = split($0, parts, ","); print n, parts[1] }' ../data/items.csv | head -2
echo "a b c" | awk '{ $2 = "X"; print; print NF }'
