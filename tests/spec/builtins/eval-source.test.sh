# eval, source and `.`.

#### eval runs a string
eval 'echo evaluated'
## stdout: evaluated

#### eval joins its arguments
eval echo a b
## stdout: a b

#### eval expands twice
v='$w'; w=deep; eval echo $v
## stdout: deep

#### eval defines variables
eval 'x=1; y=2'; echo $x$y
## stdout: 12

#### eval status
eval 'false'; echo $?; eval ''; echo $?
## STDOUT:
1
0
## END

#### eval syntax error
eval 'if'; echo "status $?"
## stdout: status 2
## stderr: bash: eval: line 2: syntax error: unexpected end of file

#### eval builds a variable name
name=dyn; eval "$name=value"; echo $dyn
## stdout: value

#### eval with a quoted argument
eval "printf '%s\n' 'a b'"
## stdout: a b

#### source runs a file in the current shell
## file: lib.sh
libvar=loaded
libfn() { echo "libfn $1"; }
## end
source lib.sh; echo $libvar; libfn x
## STDOUT:
loaded
libfn x
## END

#### dot is source
## file: lib.sh
echo sourced
## end
. ./lib.sh
## stdout: sourced

#### source passes arguments
## file: args.sh
echo "$# $1 $2"
## end
source args.sh one two
## stdout: 2 one two

#### source keeps the caller's arguments without new ones
## file: args.sh
echo "$@"
## end
set -- outer; source args.sh
## stdout: outer

#### return from a sourced file
## file: early.sh
echo before
return 3
echo after
## end
source early.sh; echo "status $?"
## STDOUT:
before
status 3
## END

#### source a missing file
source nope.sh; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: nope.sh: No such file or directory

#### source status is the last command's
## file: s.sh
false
## end
. ./s.sh; echo $?
## stdout: 1

#### source without arguments
source; echo "status $?"
## stdout: status 2
## STDERR:
bash: line 1: source: filename argument required
source: usage: source filename [arguments]
## END

#### sourced file sees local variables of the caller
## file: s.sh
echo "v=$v"
## end
f() { local v=local-val; source s.sh; }; f
## stdout: v=local-val

#### eval in a loop
for i in 1 2; do eval "var$i=$i"; done; echo $var1 $var2
## stdout: 1 2

#### eval with a heredoc
eval 'cat <<EOF
in eval
EOF'
## stdout: in eval

#### source with a syntax error
## file: bad.sh
echo ok
fi
## end
source bad.sh; echo "status $?"
## STDOUT:
ok
status 2
## END
## STDERR:
bad.sh: line 2: syntax error near unexpected token `fi'
bad.sh: line 2: `fi'
## END
## gap: mirage differs from bash in stdout, stderr
