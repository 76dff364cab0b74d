# Agent identifies what kinds of files the project has.
cd /tmp/cws
: > empty
ln -s data/items.csv link.csv
ln -s missing dangling
gzip -k data/app.log
tar cf t.tar notes
file README.md data/config.json data/items.csv src/main.py scripts/build.sh
file empty link.csv dangling data src data/app.log.gz t.tar
file -b data/VERSION rust/src/main.rs
file -i README.md data/config.json empty src
file -L link.csv
file nope; echo "rc $?"
file --mime-type src/main.py data/app.log.gz
