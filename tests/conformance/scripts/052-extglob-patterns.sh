# extglob in path globs and parameter expansion.
shopt -s extglob
echo src/!(util)
echo data/*.@(csv|json)
echo docs/+([A-Z]).md
echo rust/src/?(main|lib).rs
x="   trim me   "
echo "[${x##+([[:space:]])}]"
y="${x%%+([[:space:]])}"
echo "[$y]"
f=report.tar.gz
echo "${f%%.*} ${f%.*} ${f#*.} ${f##*.}"
