# Rewrite a file line by line (a poor man's sed -i).
out=
while IFS= read -r line; do
    if [[ $line == 'VERSION = '* ]]; then
        line='VERSION = "1.5.0"'
    fi
    out+=$line$'\n'
done < src/main.py
printf '%s' "$out" > src/main.py
while IFS= read -r line; do
    [[ $line == VERSION* ]] && echo "now: $line"
done < src/main.py
printf '1.5.0' > data/VERSION
echo "VERSION file: $(< data/VERSION)"
