# unlink and link: the bare system calls.

#### unlink a file
echo a > f; unlink f; echo "status $?"; ls
## stdout: status 0

#### unlink errors
mkdir d; unlink nope; echo "s $?"; unlink d; echo "s $?"; unlink; echo "s $?"; unlink a b; echo "s $?"
## STDOUT:
s 1
s 1
s 1
s 1
## END
## STDERR:
unlink: cannot unlink 'nope': No such file or directory
unlink: cannot unlink 'd': Is a directory
unlink: missing operand
Try 'unlink --help' for more information.
unlink: extra operand ‘b’
Try 'unlink --help' for more information.
## END

#### unlink a symlink keeps the target
echo a > f; ln -s f l; unlink l; cat f; test -e l || echo gone
## STDOUT:
a
gone
## END

#### link a file
echo a > f; link f g; echo "s $?"; cat g
## STDOUT:
s 0
a
## END

#### link errors
mkdir d; echo a > f; link nope x; echo "s $?"; link f f; echo "s $?"; link d x; echo "s $?"; link a; echo "s $?"; link; echo "s $?"
## STDOUT:
s 1
s 1
s 1
s 1
s 1
## END
## STDERR:
link: cannot create link 'x' to 'nope': No such file or directory
link: cannot create link 'f' to 'f': File exists
link: cannot create link 'x' to 'd': Operation not permitted
link: missing operand after ‘a’
Try 'link --help' for more information.
link: missing operand
Try 'link --help' for more information.
## END

#### unlink --help
unlink --help | head -2
## STDOUT:
Usage: unlink FILE
  or:  unlink OPTION
## END
