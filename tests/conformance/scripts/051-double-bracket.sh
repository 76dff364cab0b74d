# [[ ]] patterns and regexes.
shopt -s globstar
for f in **/*; do
    [[ -f $f ]] || continue
    if [[ $f == src/* && $f == *.py ]]; then
        echo "python under src: $f"
    elif [[ $f =~ ^rust/(.*)\.(rs|toml)$ ]]; then
        echo "rust file: ${BASH_REMATCH[1]} (${BASH_REMATCH[2]})"
    fi
done
re='^([a-z]+),([a-z]+),([0-9]+),([0-9]+)\.([0-9]{2})$'
while read -r l; do
    [[ $l =~ $re ]] && echo "${BASH_REMATCH[1]}: ${BASH_REMATCH[3]}"
done < data/items.csv
[[ "a.b" == a?b ]] && echo "glob ? matches"
[[ "a.b" == "a?b" ]] || echo "quoted is literal"
[[ abc < abd && ! -z x ]] && echo "compound ok"
shopt -s extglob
for w in main.py main.pyc README.md x.rs; do
    [[ $w == *.@(py|rs) ]] && echo "extglob: $w"
done
[[ $undefined_var -eq 0 ]] && echo "unset is 0"
