# Agent does arithmetic in a build script with expr and bc.
cd /tmp/cws
total=0
for q in $(tail -n +2 data/items.csv | cut -d, -f3); do total=$(expr $total + $q); done
echo "total qty: $total"
expr length "$(cat data/VERSION)"
expr "$(head -1 data/app.log)" : '\([0-9-]*\)T'
tail -n +2 data/items.csv | awk -F, '{print $3 "*" $4}' | paste -sd+ | bc
echo "scale=2; $(wc -l < data/access.log) / 3" | bc
echo 'obase=16; 255' | bc
expr 5 / 0; echo "status=$?"
expr abc : 'x'; echo "status=$?"
echo 'sqrt(144)' | bc -l
