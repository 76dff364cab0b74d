# Walk the whole tree with globstar.
shopt -s globstar
n=0
for f in **; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    printf '%3d %s\n' "$n" "$f"
done
echo "total files: $n"
