# ln: symbolic links (and hard links, emulated by a copy).

#### ln -s creates a link
echo x > f; ln -s f l; readlink l; cat l
## needs: symlink
## STDOUT:
f
x
## END

#### ln -s dangling
ln -s nope l; readlink l; cat l 2>/dev/null || echo dangling
## needs: symlink
## STDOUT:
nope
dangling
## END

#### ln -s onto an existing name
: > f; : > l; ln -s f l; echo "status $?"
## stdout: status 1
## stderr: ln: failed to create symbolic link 'l': File exists

#### ln -sf replaces
: > f; : > g; ln -s g l; ln -sf f l; readlink l
## needs: symlink
## stdout: f

#### ln -s into a directory
: > f; mkdir d; ln -s ../f d; readlink d/f
## needs: symlink
## stdout: ../f

#### ln -s one operand links into the current directory
mkdir d; : > d/f; ln -s d/f; readlink f
## needs: symlink
## stdout: d/f

#### ln -s one operand that exists here
: > f; ln -s f; echo "status $?"
## stdout: status 1
## stderr: ln: failed to create symbolic link './f': File exists

#### ln -sv
: > f; ln -sv f l
## needs: symlink
## stdout: 'l' -> 'f'

#### ln hard link copies the contents
echo x > f; ln f h; cat h
## stdout: x

#### ln -v hard
: > f; ln -v f h
## stdout: 'h' => 'f'

#### ln hard link to a missing file
ln nope h; echo "status $?"
## stdout: status 1
## stderr: ln: failed to access 'nope': No such file or directory

#### ln hard link to a directory
mkdir d; ln d dd; echo "status $?"
## stdout: status 1
## stderr: ln: d: hard link not allowed for directory

#### ln hard link onto an existing file
: > f; mkdir d; : > d/f; ln f d; echo "status $?"
## stdout: status 1
## stderr: ln: failed to create hard link 'd/f': File exists

#### ln -sn does not enter a linked directory
mkdir d; ln -s d e; : > f; ln -sn f e; echo "status $?"; ln -snf f e; readlink e
## needs: symlink
## STDOUT:
status 1
f
## END
## stderr: ln: failed to create symbolic link 'e': File exists

#### ln -s through a linked directory
mkdir d; ln -s d e; : > f; ln -s ../f e; readlink d/f
## needs: symlink
## stdout: ../f

#### ln -s to a directory target works through the link
mkdir d; : > d/x; ln -s d l; cat l/x; echo ok
## stdout: ok

#### ln without operands
ln; echo "status $?"
## stdout: status 1
## STDERR:
ln: missing file operand
Try 'ln --help' for more information.
## END

#### ln -s several into a non-directory
: > a; : > b; : > c; ln -s a b c; echo "status $?"
## stdout: status 1
## stderr: ln: target 'c': Not a directory

#### ln -sr relative link
mkdir -p a/b; : > f; ln -sr f a/b/l; readlink a/b/l
## needs: symlink
## stdout: ../../f

#### ln -st
: > f; mkdir d; ln -st d ../f; readlink d/f
## needs: symlink
## stdout: ../f

#### ln -sf into dir
mkdir d; : > f; ln -sf ../f d/; readlink d/f
## needs: symlink
## stdout: ../f

#### ln -s relative chain
mkdir -p a/b; echo x > a/f; ln -s ../f a/b/l; cat a/b/l
## needs: symlink
## stdout: x

#### ln without -s to dir target exists
mkdir d; echo x > f; ln f d/; cat d/f
## stdout: x

#### ln -s empty target
ln -s '' l; echo "status $?"
## stdout: status 1
## stderr: ln: failed to create symbolic link 'l' -> '': No such file or directory

#### ln -sb backs up the existing name
echo 1 > b; ln -svb c b; ls; cat b~
## needs: symlink
## STDOUT:
'b~' ~ 'b' -> 'c'
b
b~
1
## END
