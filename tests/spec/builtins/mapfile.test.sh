# mapfile / readarray.

#### mapfile reads lines into an array
## file: f
a
b
c
## end
mapfile -t arr < f; echo "${#arr[@]} ${arr[1]}"
## stdout: 3 b

#### without -t lines keep their newline
printf 'x\ny\n' | { mapfile arr; printf '[%s]' "${arr[@]}"; echo; }
## STDOUT:
[x
][y
]
## END

#### readarray is the same builtin
readarray -t arr <<< $'p\nq'; echo "${arr[@]}"
## stdout: p q

#### default array is MAPFILE
mapfile -t <<< $'m1\nm2'; echo "${MAPFILE[1]}"
## stdout: m2

#### -n limits the count
printf '1\n2\n3\n' | { mapfile -t -n 2 arr; echo "${arr[@]}"; }
## stdout: 1 2

#### -s skips lines
printf '1\n2\n3\n' | { mapfile -t -s 1 arr; echo "${arr[@]}"; }
## stdout: 2 3

#### -d uses another delimiter
mapfile -t -d , arr < <(printf 'a,b,c'); echo "${#arr[@]} ${arr[2]}"
## stdout: 3 c

#### empty input gives an empty array
mapfile -t arr < /dev/null; echo "${#arr[@]}"
## stdout: 0

#### empty lines are kept
printf 'a\n\nb\n' | { mapfile -t arr; echo "${#arr[@]} [${arr[1]}]"; }
## stdout: 3 []

#### mapfile from process substitution keeps the array
mapfile -t arr < <(printf 'x\ny\n'); echo "${arr[@]}"
## stdout: x y

#### last line without a newline is kept
printf 'a\nb' | { mapfile -t arr; echo "${#arr[@]} ${arr[1]}"; }
## stdout: 2 b

#### -O sets the origin
arr=(keep); printf 'n\n' | { mapfile -t -O 1 arr; echo "${arr[@]}"; }
## stdout: keep n
