# mapfile options.
mapfile -t rows < data/items.csv
echo "${#rows[@]} rows, last: ${rows[-1]}"
mapfile -t -O 10 offset < data/VERSION
declare -p offset
mapfile -d , -t cells < <(printf 'a,b,c')
echo "cells: ${cells[*]} (${#cells[@]})"
readarray -t again < notes/todo.txt
[[ ${again[3]} == $'\t'* ]] && echo "tab preserved"
mapfile no_t < data/VERSION
printf '[%s]\n' "${no_t[@]}"
