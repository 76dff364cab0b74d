# rev: reverse each line's characters.

#### rev reverses lines
printf 'abc\nhello\n' | rev
## STDOUT:
cba
olleh
## END

#### rev keeps UTF-8 characters whole
printf 'héllo\n' | rev
## stdout: olléh

#### rev without trailing newline
printf 'ab\ncd' | rev; echo
## STDOUT:
ba
dc
## END

#### rev files
printf 'ab\n' > f; printf 'cd\n' > g; rev f g
## STDOUT:
ba
dc
## END

#### rev missing file
rev nope; echo "s $?"
## stdout: s 1
## stderr: rev: cannot open nope: No such file or directory

#### rev empty lines
printf '\n\nx\n' | rev
## STDOUT:


x
## END
