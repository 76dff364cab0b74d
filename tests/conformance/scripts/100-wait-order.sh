# Parallel jobs write results to files; collect them after wait.
for f in src/main.py rust/src/main.rs README.md; do
    (
        n=0
        while IFS= read -r _; do n=$((n + 1)); done < "$f"
        echo "$n" > "build/${f//\//_}.count"
    ) &
done
wait
for c in build/*.count; do
    printf '%-24s %s\n' "${c#build/}" "$(< "$c")"
done
