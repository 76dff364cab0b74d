# Indexed arrays.

#### array literal and index
a=(x y z); echo ${a[0]} ${a[2]}
## stdout: x z

#### all elements
a=(x y z); echo "${a[@]}"
## stdout: x y z

#### element count
a=(x y z); echo ${#a[@]}
## stdout: 3

#### indices
a=(x y z); echo ${!a[@]}
## stdout: 0 1 2

#### sparse indices
a=([2]=b [5]=c); echo ${!a[@]} ${#a[@]}
## stdout: 2 5 2

#### bare name is element zero
a=(first second); echo $a
## stdout: first

#### assign an element
a=(x y); a[1]=Y; a[3]=W; echo "${a[@]}" ${#a[@]}
## stdout: x Y W 3

#### append elements
a=(x); a+=(y z); echo "${a[@]}"
## stdout: x y z

#### append to an element string
a=(x y); a[0]+=more; echo "${a[@]}"
## stdout: xmore y

#### quoted at keeps elements with spaces
a=("a b" c); for e in "${a[@]}"; do echo "<$e>"; done
## STDOUT:
<a b>
<c>
## END

#### quoted star joins elements
a=(x y z); IFS=:; echo "${a[*]}"
## stdout: x:y:z

#### length of an element
a=(hello); echo ${#a[0]}
## stdout: 5

#### negative index
a=(x y z); echo ${a[-1]} ${a[-2]}
## stdout: z y

#### arithmetic index
a=(x y z); i=1; echo ${a[i+1]} ${a[$i]}
## stdout: z y

#### unset an element keeps others
a=(x y z); unset 'a[1]'; echo "${a[@]}" ${#a[@]} ${!a[@]}
## stdout: x z 2 0 2

#### unset the whole array
a=(x y); unset a; echo "[${a[@]}]" ${#a[@]}
## stdout: [] 0

#### array slice
a=(a b c d e); echo "${a[@]:1:3}"
## stdout: b c d

#### array slice from an offset
a=(a b c d e); echo "${a[@]:3}"
## stdout: d e

#### array slice with negative offset
a=(a b c d e); echo "${a[@]: -2}"
## stdout: d e

#### pattern removal on every element
a=(x.c y.c z.h); echo "${a[@]%.c}"
## stdout: x y z.h

#### replacement on every element
a=(foo bar); echo "${a[@]/o/0}"
## stdout: f0o bar

#### uppercase every element
a=(foo bar); echo "${a[@]^^}"
## stdout: FOO BAR

#### array from a split word
s="p q r"; a=($s); echo ${#a[@]}
## stdout: 3

#### array from a glob
## file: g/b.txt
## end
## file: g/a.txt
## end
a=(g/*.txt); echo "${a[@]}"
## stdout: g/a.txt g/b.txt

#### array copied
a=(1 "2 3"); b=("${a[@]}"); echo ${#b[@]} "${b[1]}"
## stdout: 2 2 3

#### declare -a
declare -a a=(q r); echo "${a[1]}"
## stdout: r

#### array element default
a=(); echo "${a[0]:-empty}"
## stdout: empty

#### empty array has no elements
a=(); echo ${#a[@]}; for e in "${a[@]}"; do echo never; done
## stdout: 0

#### array in arithmetic
a=(3 4); echo $(( a[0] * a[1] ))
## stdout: 12

#### index assignment in arithmetic
a=(); (( a[2] = 7 )); echo ${a[2]} ${#a[@]}
## stdout: 7 1

#### array literal with explicit index continues
a=(x [3]=y z); echo ${!a[@]}
## stdout: 0 3 4

#### array over multiple lines
a=(
  one
  two
)
echo ${#a[@]}
## stdout: 2

#### read -a fills an array
read -r -a arr <<< "a b c"; echo ${arr[1]} ${#arr[@]}
## stdout: b 3

#### iterate with indices
a=(x y); for i in "${!a[@]}"; do echo "$i=${a[i]}"; done
## STDOUT:
0=x
1=y
## END

#### BASH_REMATCH is an array
[[ ab12 =~ ([a-z]+)([0-9]+) ]]; echo ${#BASH_REMATCH[@]} ${BASH_REMATCH[2]}
## stdout: 3 12

#### declare -p of an array
a=(x "y z"); declare -p a
## stdout: declare -a a=([0]="x" [1]="y z")

#### element with glob characters is not expanded when quoted
a=('*'); echo "${a[0]}"
## stdout: *

#### bad array subscript
a=(x); echo ${a[-5]}; echo "status $?"
## STDOUT:

status 0
## END
## stderr: bash: line 1: a: bad array subscript

#### appending with +=
a=(1 2); a+=3; echo "${a[@]}"
## stdout: 13 2

#### array length of a missing array is zero
echo ${#nosuch[@]}
## stdout: 0
