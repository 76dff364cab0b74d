# Agent uses temporary files and folders for an intermediate result.
cd /tmp/cws
tmp=$(mktemp -d -p build)
case "$tmp" in build/tmp.??????????) echo "dir name ok";; *) echo "bad $tmp";; esac
[ -d "$tmp" ] && echo "is dir"
f=$(mktemp -p "$tmp" sorted.XXXX)
sort data/items.csv > "$f"
head -2 "$f"
g=$(mktemp "$tmp/out.XXXXXX.txt")
case "$g" in *.txt) echo "suffix kept";; esac
mktemp -p build bad; echo "status=$?"
rm -r "$tmp"; [ -e "$tmp" ] || echo cleaned
