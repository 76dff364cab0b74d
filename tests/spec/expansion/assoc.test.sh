# Associative arrays.

#### declare -A and lookup
declare -A m; m[one]=1; m[two]=2; echo ${m[one]} ${m[two]}
## stdout: 1 2

#### literal with keys
declare -A m=([a]=x [b]=y); echo ${m[b]}
## stdout: y

#### count
declare -A m=([a]=1 [b]=2 [c]=3); echo ${#m[@]}
## stdout: 3

#### keys can contain spaces
declare -A m; m["a key"]=v; echo "${m[a key]}"
## stdout: v

#### key from a variable
declare -A m; k=dyn; m[$k]=val; echo ${m[dyn]}
## stdout: val

#### missing key is empty
declare -A m; echo "[${m[nope]}]"
## stdout: []

#### test for a key
declare -A m=([a]=1); [[ -v m[a] ]] && echo has-a; [[ -v m[b] ]] || echo no-b
## STDOUT:
has-a
no-b
## END

#### unset a key
declare -A m=([a]=1 [b]=2); unset 'm[a]'; echo ${!m[@]}
## stdout: b

#### overwrite a key
declare -A m=([a]=1); m[a]=2; echo ${m[a]}
## stdout: 2

#### append to a value
declare -A m=([a]=x); m[a]+=y; echo ${m[a]}
## stdout: xy

#### append pairs
declare -A m=([a]=1); m+=([b]=2); echo ${#m[@]} ${m[b]}
## stdout: 2 2

#### keys are not arithmetic
declare -A m; m[1+1]=x; echo "${!m[@]}"
## stdout: 1+1

#### values loop sums
declare -A m=([a]=1 [b]=2 [c]=3); t=0; for v in "${m[@]}"; do t=$((t+v)); done; echo $t
## stdout: 6

#### sorted keys loop
declare -A m=([x]=1 [y]=2); for k in y x; do echo "$k=${m[$k]}"; done
## STDOUT:
y=2
x=1
## END

#### assigning without declare -A makes an indexed array
m[foo]=1; m[bar]=2; echo ${#m[@]} ${m[foo]}
## stdout: 1 2

#### declare -A in a function is local
f() { declare -A m=([k]=v); echo ${m[k]}; }; f; echo "[${m[k]}]"
## STDOUT:
v
[]
## END

#### declare -p of a one-key assoc
declare -A m=([k]=v); declare -p m
## stdout: declare -A m=([k]="v" )

#### counting words with an assoc
declare -A c; for w in a b a c a; do c[$w]=$(( ${c[$w]:-0} + 1 )); done; echo ${c[a]} ${c[b]} ${c[c]}
## stdout: 3 1 1

#### arithmetic on assoc values
declare -A c=([n]=5); (( c[n]++ )); echo ${c[n]}
## stdout: 6

#### quoted key with special characters
declare -A m; m['$x']=lit; echo "${m['$x']}"
## stdout: lit

#### length of a value
declare -A m=([k]=hello); echo ${#m[k]}
## stdout: 5

#### empty assoc
declare -A m=(); echo ${#m[@]}
## stdout: 0

#### unset the whole assoc
declare -A m=([a]=1); unset m; echo ${#m[@]}
## stdout: 0
