# Brace expansion for paths.
echo src/{main,util/strings}.py
echo {1..5} {a..e} {10..1..3} {01..03}
echo file{,.bak}
echo {x,y}{1,2}
for f in {src,rust/src}/*; do echo "$f"; done
echo {a,b
echo "{not,expanded}"
cat data/{VERSION,missing} 2>&1; echo
