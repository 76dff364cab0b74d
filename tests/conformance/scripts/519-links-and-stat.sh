# Agent inspects symlinks with ls, stat, find and du.
cd /tmp/cws
ln -s ../data/items.csv src/items.csv
ln -sr data/sales.tsv docs/sales.tsv
ln -s src srclink
ls -l src/items.csv docs/sales.tsv srclink | awk '{print $1, $(NF-2), $(NF-1), $NF}'
stat -c '%N %F' src/items.csv srclink
stat -L -c '%s %F' src/items.csv
find . -type l | sort
find . -xtype f -name '*.csv' | sort
find -L srclink -name '*.py' | sort
find srclink -name '*.py'
readlink docs/sales.tsv
cat srclink/items.csv | head -1
ls srclink/ | head -3
du -sL srclink > /dev/null && echo du-ok
test -h srclink && test -d srclink && echo "link to dir"
rm srclink && ls src | head -1
