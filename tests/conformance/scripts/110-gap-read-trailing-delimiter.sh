# read -a with a trailing non-whitespace IFS delimiter.
# gap: read -a keeps an empty last field after a trailing delimiter (4 fields, bash 3)
IFS=, read -r -a f <<< "x,,y,"
echo "${#f[@]} fields"
