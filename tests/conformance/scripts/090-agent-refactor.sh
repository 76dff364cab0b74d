# A typical agent step: rename a function across files, then verify.
set -u
shopt -s globstar
old=title_case new=to_title
changed=()
for f in src/**/*.py; do
    content=$(< "$f")
    if [[ $content == *"$old"* ]]; then
        printf '%s\n' "${content//$old/$new}" > "$f"
        changed+=("$f")
    fi
done
echo "changed ${#changed[@]} files:"
printf '  %s\n' "${changed[@]}"
for f in "${changed[@]}"; do
    n=0
    while IFS= read -r line; do
        [[ $line == *"$new"* ]] && n=$((n + 1))
    done < "$f"
    echo "$f: $n uses of $new"
done
