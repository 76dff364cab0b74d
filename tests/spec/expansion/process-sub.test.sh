# Process substitution <( ) and >( ).

#### read from a process substitution
cat <(echo from-psub)
## stdout: from-psub

#### two process substitutions
cat <(echo one) <(echo two)
## STDOUT:
one
two
## END

#### process substitution into while read
while read -r l; do echo "<$l>"; done < <(printf 'a\nb\n')
## STDOUT:
<a>
<b>
## END

#### variables set in the loop survive with process substitution
n=0; while read -r l; do n=$((n+1)); done < <(printf 'x\ny\nz\n'); echo $n
## stdout: 3

#### process substitution is a path
[[ <(true) == /dev/fd/* ]] && echo fd-path
## stdout: fd-path

#### write to a process substitution
echo to-psub > >(cat); wait
## stdout: to-psub

#### process substitution with a function
f() { echo in-f; }; cat <(f)
## stdout: in-f
