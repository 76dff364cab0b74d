# List Python sources and their first docstring line.
shopt -s globstar
for f in src/**/*.py; do
    first=
    while IFS= read -r line; do
        case $line in
            '"""'*) first=${line#'"""'}; first=${first%'"""'}; break ;;
        esac
    done < "$f"
    echo "$f: ${first:-<no docstring>}"
done
