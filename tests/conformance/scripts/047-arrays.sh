# Indexed arrays of files.
files=(src/*.py src/util/*.py)
echo "${#files[@]} python files"
for i in "${!files[@]}"; do echo "$i: ${files[i]}"; done
files+=(rust/src/main.rs)
unset 'files[0]'
echo "after: ${files[*]}"
echo "indices: ${!files[*]}"
sparse=([3]=c [1]=a)
declare -p sparse
copy=("${files[@]}")
echo "copy has ${#copy[@]}"
IFS=, joined="${copy[*]}"
echo "joined: $joined"
IFS=/ read -ra parts <<< "src/util/strings.py"
echo "parts: ${parts[*]} (${#parts[@]})"
