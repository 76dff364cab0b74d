# Agent stores command output in variables.
cd /tmp/cws
n=$(find . -type f | wc -l)
echo "files: $n"
py=$(ls src/*.py | wc -l); echo "py: $py"
lines=$(wc -l < data/items.csv); echo "rows: $((lines - 1))"
first=$(head -n1 data/items.csv); echo "header: $first"
ver=$(cat data/VERSION); echo "version=$ver"
words=$(wc -w README.md); echo "$words"
sz=$(wc -c < data/VERSION); echo "size $sz"
last=$(tail -n1 docs/CHANGELOG.md); echo "[$last]"
files=($(grep -rl TODO . | sort)); echo "${#files[@]} ${files[0]}"
