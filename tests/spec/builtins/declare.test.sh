# declare / typeset / readonly / export / unset / local.

#### declare a plain variable
declare v=1; echo $v
## stdout: 1

#### typeset is declare
typeset t=2; echo $t
## stdout: 2

#### declare -i integer attribute
declare -i n=5+5; echo $n
## stdout: 10

#### declare -i with a string value is zero
declare -i n=abc; echo $n
## stdout: 0

#### declare -u and -l
declare -u up=hello; declare -l lo=WORLD; echo $up $lo
## stdout: HELLO world

#### declare -r read-only
declare -r c=1; c=2; echo never
## stderr: bash: line 1: c: readonly variable
## status: 1

#### readonly variable cannot be unset
readonly r=1; unset r; echo "status $? r=$r"
## stdout: status 1 r=1
## stderr: bash: line 1: unset: r: cannot unset: readonly variable

#### readonly -p lists read-only variables
readonly myro=val; readonly -p | while read -r line; do case $line in *myro*) echo "$line";; esac; done
## stdout: declare -r myro="val"

#### declare -p prints a definition
v='a "q" b'; declare -p v
## stdout: declare -- v="a \"q\" b"

#### declare -p of an integer
declare -i n=3; declare -p n
## stdout: declare -i n="3"

#### declare -p of a missing variable
declare -p nosuch; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: declare: nosuch: not found

#### declare -x exports
declare -x ex=1; declare -p ex
## stdout: declare -x ex="1"

#### export and export -n
export e1=x; declare -p e1; export -n e1; declare -p e1
## STDOUT:
declare -x e1="x"
declare -- e1="x"
## END

#### export of an existing variable
v=1; export v; declare -p v
## stdout: declare -x v="1"

#### export -p includes exported variables
export myexp=7; export -p | while read -r line; do case $line in *myexp*) echo "$line";; esac; done
## stdout: declare -x myexp="7"

#### unset a variable
v=1; unset v; echo "[${v-unset}]"
## stdout: [unset]

#### unset -v
v=1; unset -v v; echo "[${v-unset}]"
## stdout: [unset]

#### unset a nonexistent variable succeeds
unset nosuch; echo $?
## stdout: 0

#### unset prefers variables over functions
f=var; f() { echo fn; }; unset f; f; echo "[${f-unset}]"
## STDOUT:
fn
[unset]
## END

#### declare -f prints a function
f() { echo hi; }; declare -f f
## stdout-json: "f () \n{ \n    echo hi\n}\n"

#### declare -F lists function names
f() { :; }; g() { :; }; declare -F
## STDOUT:
declare -f f
declare -f g
## END

#### declare -a and -A together are an error
declare -a x; declare -A x; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: declare: x: cannot convert indexed to associative array

#### declare -g in a function makes a global
f() { declare -g gv=global; }; f; echo $gv
## stdout: global

#### local shadows and restores
v=outer; f() { local v=inner; echo $v; }; f; echo $v
## STDOUT:
inner
outer
## END

#### unset of a local reveals the global
v=global; f() { local v=local; unset v; echo "[${v-unset}]"; }; f
## stdout: [unset]

#### declare -n name reference
target=hello; declare -n ref=target; echo $ref; ref=changed; echo $target
## STDOUT:
hello
changed
## END

#### nameref to an array element
arr=(a b); declare -n r='arr[1]'; echo $r
## stdout: b

#### declare with += appends
v=a; declare v+=b; echo $v
## stdout: ab

#### integer attribute with +=
declare -i n=5; n+=3; echo $n
## stdout: 8

#### invalid identifier
declare 1x=2; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: declare: `1x=2': not a valid identifier

#### export invalid identifier
export 'a-b=1'; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: export: `a-b=1': not a valid identifier

#### declare without arguments prints variables
zz_probe=1; declare | while read -r line; do [ "$line" = "zz_probe=1" ] && echo found; done
## stdout: found

#### readonly function
f() { echo f; }; readonly -f f; f() { echo g; }; f
## stdout: f
## stderr: bash: line 1: f: readonly function
## gap: mirage differs from bash in stdout, stderr

#### local with several names
f() { local a=1 b=2 c; echo "$a $b [${c-unset}]"; }; f
## stdout: 1 2 [unset]

#### declare a variable without a value is unset
declare v; echo "[${v-unset}]"
## stdout: [unset]

#### typeset -p of an array element style
declare -a arr=([3]=x); declare -p arr
## stdout: declare -a arr=([3]="x")
