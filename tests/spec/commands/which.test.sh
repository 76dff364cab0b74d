# which: locate a utility on PATH.

#### which finds a utility
which cat
## stdout: /usr/bin/cat

#### which -a lists every match
which -a cat
## STDOUT:
/usr/bin/cat
/bin/cat
## END

#### which of a builtin that is also a program
which echo printf
## STDOUT:
/usr/bin/echo
/usr/bin/printf
## END

#### which of a shell-only builtin fails
which cd; echo "status $?"
## stdout: status 1

#### which of a missing name
which nope-nope; echo "status $?"
## stdout: status 1

#### which with a missing and a found name
which nope-nope cat; echo "status $?"
## STDOUT:
/usr/bin/cat
status 1
## END

#### which without arguments
which; echo "status $?"
## stdout: status 1

#### which of an absolute path
which /bin/cat
## stdout: /bin/cat

#### which finds a script on PATH
mkdir bin; printf '#!/bin/sh\necho hi\n' > bin/tool; chmod +x bin/tool; PATH="$PWD/bin:$PATH"; [ "$(which tool)" = "$PWD/bin/tool" ] && echo found
## needs: mode
## stdout: found

#### which skips a file without the execute bit
mkdir bin; : > bin/tool; chmod 644 bin/tool; PATH="$PWD/bin:$PATH" which tool; echo "status $?"
## stdout: status 1

#### which of a relative path
printf '#!/bin/sh\n' > tool; chmod +x tool; which ./tool
## needs: mode
## stdout: ./tool

#### which bash and sh
which bash sh
## STDOUT:
/usr/bin/bash
/usr/bin/sh
## END

#### which illegal option
which -x cat; echo "status $?"
## STDOUT:
Usage: /usr/bin/which [-a] args
status 2
## END
## stderr: Illegal option -x

#### which in a condition
if which cat >/dev/null; then echo have cat; fi
## stdout: have cat

#### command -v is the builtin way
command -v cat
## stdout: /usr/bin/cat

#### which multiple -a
which -a echo printf
## STDOUT:
/usr/bin/echo
/bin/echo
/usr/bin/printf
/bin/printf
## END
