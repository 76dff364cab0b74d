# Count files per extension with an associative array.
shopt -s globstar dotglob
declare -A count
for f in **/*; do
    [ -f "$f" ] || continue
    base=${f##*/}
    case $base in
        *.*) ext=${base##*.} ;;
        *) ext='(none)' ;;
    esac
    count[$ext]=$(( ${count[$ext]:-0} + 1 ))
done
for ext in py rs md sh csv json txt toml '(none)'; do
    printf '%-8s %d\n' "$ext" "${count[$ext]:-0}"
done
echo "keys: ${#count[@]}"
