# chmod: numeric and symbolic modes, -v/-c/-R/-f, GNU messages, checked with test -x and -v.

#### preloaded files start as 0644
## file: f
## end
chmod -v 644 f
## stdout: mode of 'f' retained as 0644 (rw-r--r--)

#### chmod +x makes test -x true
## needs: mode
## file: f
## end
[ -x f ] && echo before
chmod +x f
[ -x f ] && echo after
test -x f && echo test-x
## STDOUT:
after
test-x
## END

#### chmod -x clears every execute bit
## file: f
## end
chmod 755 f; chmod -x f
[ -x f ] || echo not-executable
## stdout: not-executable

#### chmod -v 755 reports the change
## needs: mode
## file: f
## end
chmod -v 755 f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)

#### chmod -v reports an unchanged mode as retained
## needs: mode
## file: f
## end
chmod 600 f; chmod -v 600 f
## stdout: mode of 'f' retained as 0600 (rw-------)

#### chmod -c prints only changes
## needs: mode
## file: f
## end
chmod -c 644 f; echo "status $?"
chmod -c 600 f
## STDOUT:
status 0
mode of 'f' changed from 0644 (rw-r--r--) to 0600 (rw-------)
## END

#### chmod u+x,go-w
## needs: mode
## file: f
## end
chmod 666 f; chmod -v u+x,go-w f
## stdout: mode of 'f' changed from 0666 (rw-rw-rw-) to 0744 (rwxr--r--)

#### chmod a=r
## needs: mode
## file: f
## end
chmod -v a=r f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0444 (r--r--r--)

#### chmod u=rwx,g=rx,o=
## needs: mode
## file: f
## end
chmod -v u=rwx,g=rx,o= f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0750 (rwxr-x---)

#### chmod = clears everything
## needs: mode
## file: f
## end
chmod -v = f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0000 (---------)

#### chmod g=u copies the user bits
## needs: mode
## file: f
## end
chmod 740 f; chmod -v g=u f
## stdout: mode of 'f' changed from 0740 (rwxr-----) to 0770 (rwxrwx---)

#### chmod go-r,o+w in one mode
## needs: mode
## file: f
## end
chmod -v go-r,o+w f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0602 (rw-----w-)

#### chmod +x respects the umask
## needs: mode
## file: f
## end
umask 077; chmod -v +x f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0744 (rwxr--r--)

#### chmod a+x ignores the umask
## needs: mode
## file: f
## end
umask 077; chmod -v a+x f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)

#### chmod four-digit octal
## needs: mode
## file: f
## end
chmod -v 0700 f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0700 (rwx------)

#### chmod 0 removes all bits
## needs: mode
## file: f
## end
chmod -v 0 f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0000 (---------)

#### chmod setgid bit
## needs: mode
## file: f
## end
chmod -v 2755 f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 2755 (rwxr-sr-x)

#### chmod setuid and sticky bits
## needs: mode
## file: f
## end
chmod -v 4755 f; chmod -v 1777 f
## STDOUT:
mode of 'f' changed from 0644 (rw-r--r--) to 4755 (rwsr-xr-x)
mode of 'f' changed from 4755 (rwsr-xr-x) to 1777 (rwxrwxrwt)
## END

#### chmod a+X on a plain file does nothing
## file: f
## end
chmod -v a+X f
## stdout: mode of 'f' retained as 0644 (rw-r--r--)

#### chmod a+X on a file with an execute bit
## needs: mode
## file: f
## end
chmod 744 f; chmod -v a+X f
## stdout: mode of 'f' changed from 0744 (rwxr--r--) to 0755 (rwxr-xr-x)

#### chmod on a directory
## needs: mode
## file: d/x
## end
chmod -v 700 d
## stdout: mode of 'd' changed from 0755 (rwxr-xr-x) to 0700 (rwx------)

#### chmod -R reaches files below
## needs: mode
## file: d/x
## end
chmod -R +x d
[ -x d/x ] && echo executable
## stdout: executable

#### chmod -R -v lists the directory then its file
## needs: mode
## file: d/x
## end
chmod -R -v 700 d
## STDOUT:
mode of 'd' changed from 0755 (rwxr-xr-x) to 0700 (rwx------)
mode of 'd/x' changed from 0644 (rw-r--r--) to 0700 (rwx------)
## END

#### chmod several files
## needs: mode
## file: a
## end
## file: b
## end
chmod -v 640 a b
## STDOUT:
mode of 'a' changed from 0644 (rw-r--r--) to 0640 (rw-r-----)
mode of 'b' changed from 0644 (rw-r--r--) to 0640 (rw-r-----)
## END

#### chmod a missing file
chmod 755 nope; echo $?
## stdout: 1
## stderr: chmod: cannot access 'nope': No such file or directory

#### chmod a missing file among others still changes the rest
## needs: mode
## file: f
## end
chmod +x nope f; echo $?; [ -x f ] && echo changed
## STDOUT:
1
changed
## END
## stderr: chmod: cannot access 'nope': No such file or directory

#### chmod -f is silent about a missing file
chmod -f 755 nope; echo $?
## stdout: 1

#### chmod invalid symbolic mode
## file: f
## end
chmod bad f; echo $?
## stdout: 1
## STDERR:
chmod: invalid mode: ‘bad’
Try 'chmod --help' for more information.
## END

#### chmod invalid octal digit
## file: f
## end
chmod 789 f; echo $?
## stdout: 1
## STDERR:
chmod: invalid mode: ‘789’
Try 'chmod --help' for more information.
## END

#### chmod with no operands
chmod; echo $?
## stdout: 1
## STDERR:
chmod: missing operand
Try 'chmod --help' for more information.
## END

#### chmod with a mode and no file
chmod 755; echo $?
## stdout: 1
## STDERR:
chmod: missing operand after ‘755’
Try 'chmod --help' for more information.
## END

#### chmod 644 makes a script not runnable
## needs: mode
## file: s.sh
#!/bin/bash
echo ran
## end
chmod 755 s.sh; ./s.sh
chmod 644 s.sh; ./s.sh; echo $?
## STDOUT:
ran
126
## END
## stderr: bash: line 2: ./s.sh: Permission denied

#### chmod u+x makes a script runnable
## needs: mode
## file: s.sh
echo ran "$@"
## end
chmod u+x s.sh && ./s.sh a b
## stdout: ran a b

#### chmod -v through a path with a directory
## needs: mode
## file: d/f
## end
chmod -v 755 d/f
## stdout: mode of 'd/f' changed from 0644 (rw-r--r--) to 0755 (rwxr-xr-x)

#### chmod -w without who keeps bits the umask protects
## needs: mode
## file: f
## end
umask 022; chmod 777 f; chmod -w f; echo $?
## stdout: 1
## stderr: chmod: f: new permissions are r-xrwxrwx, not r-xr-xr-x

#### chmod =r without who follows the umask
## needs: mode
## file: f
## end
umask 027; chmod -v =r f
## stdout: mode of 'f' changed from 0644 (rw-r--r--) to 0440 (r--r-----)

#### chmod on directories shows in stat and find
mkdir -p e/f; chmod 750 e/f; stat -c %a e/f; chmod g-x,o+w e/f; stat -c '%a %A' e/f
chmod -R go= e; find e -printf '%m %p\n'
## needs: mode
## STDOUT:
750
742 drwxr---w-
700 e
700 e/f
## END

#### find -perm matches directory modes
mkdir -p d e/f; chmod 700 d; chmod o+w e/f
find . -type d -perm 700; find . -type d -perm -o=w
## needs: mode
## STDOUT:
./d
./e/f
## END
