# Command substitution forms.
n=$(cat data/items.csv | { c=0; while read -r _; do c=$((c+1)); done; echo $c; })
echo "lines: $n"
v=`cat data/VERSION`
echo "backticks: $v"
nested=$(echo "outer $(echo "inner $(echo deep)")")
echo "$nested"
trail=$(printf 'a\n\n\n')
echo "[$trail]"
status=$(exit 4); echo "status of subst: $?"
x=$(echo out; echo err >&2)
echo "x=$x"
echo "$(< README.md)" | cat -n | { read -r first; echo "$first"; }
