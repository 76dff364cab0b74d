# Splitting lines on multiple separators.
while IFS=' ,' read -r a b c; do
    echo "[$a] [$b] [$c]"
done <<'CSV'
one, two, three
four five,six
 lead,  spaced  ,end
a,,b
CSV
IFS=$'\n' lines=($(cat docs/CHANGELOG.md))
echo "${#lines[@]} lines: ${lines[1]}"
