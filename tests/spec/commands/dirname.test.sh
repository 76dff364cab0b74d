# dirname: strip the last component.

#### dirname of a path
dirname /a/b/c.txt
## stdout: /a/b

#### dirname without a slash
dirname file
## stdout: .

#### dirname of root-level names
dirname /a; dirname /; dirname //
## STDOUT:
/
/
/
## END

#### dirname trailing slashes
dirname a/b/ ; dirname a//b//
## STDOUT:
a
a
## END

#### dirname several operands
dirname a/b c /x/y
## STDOUT:
a
.
/x
## END

#### dirname empty
dirname ''
## stdout: .

#### dirname -z
dirname -z a/b | cat -v; echo
## stdout: a^@

#### dirname without operand
dirname; echo "status $?"
## stdout: status 1
## STDERR:
dirname: missing operand
Try 'dirname --help' for more information.
## END

#### dirname relative dots
dirname ./a; dirname ../a/b
## STDOUT:
.
../a
## END

#### dirname of dotfile
dirname .bashrc; dirname /.x; basename /a/.hidden
## STDOUT:
.
/
.hidden
## END
