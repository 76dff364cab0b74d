# Classify files by extension with case.
shopt -s globstar nullglob
for f in ** .*; do
    [[ -f $f ]] || continue
    case ${f,,} in
        *.py) kind=python ;;
        *.rs) kind=rust ;;
        *.sh) kind=shell ;;
        *.md|*.txt) kind=text ;;
        *.csv|*.json) kind=data ;;
        *.toml|.editorconfig|.env) kind=config ;;
        *) kind=other ;;
    esac
    printf '%-28s %s\n' "$f" "$kind"
done
