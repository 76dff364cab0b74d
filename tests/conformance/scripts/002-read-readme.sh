# Read the README and summarise its headings.
cat README.md
echo "=== headings"
while IFS= read -r line; do
    case $line in
        '#'*) echo "heading: ${line#\#*[# ]}" ;;
    esac
done < README.md
