# read -a with a trailing non-whitespace IFS delimiter.
IFS=, read -r -a f <<< "x,,y,"
echo "${#f[@]} fields"
