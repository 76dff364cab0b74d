# trap: EXIT, ERR, listing and resetting.

#### exit trap runs at the end
trap 'echo bye' EXIT; echo main
## STDOUT:
main
bye
## END

#### exit trap runs on exit
trap 'echo bye' EXIT; exit 3
## stdout: bye
## status: 3

#### exit trap sees the exit status
trap 'echo "status $?"' EXIT; (exit 5); exit
## stdout: status 5
## status: 5

#### exit trap on errexit
set -e; trap 'echo cleanup' EXIT; false; echo never
## stdout: cleanup
## status: 1

#### exit trap output order
trap 'echo last' EXIT; echo first; echo second
## STDOUT:
first
second
last
## END

#### exit keyword 0 is the same as EXIT
trap 'echo zero' 0; true
## stdout: zero

#### err trap runs on failure
trap 'echo "err $?"' ERR; false; echo after
## STDOUT:
err 1
after
## END

#### err trap not run in conditions
trap 'echo err' ERR; if false; then :; fi; false || true; echo done
## stdout: done

#### err trap with a failing command not found
trap 'echo trapped' ERR; nosuchcmd 2>/dev/null; echo after
## STDOUT:
trapped
after
## END

#### trap reset with a dash
trap 'echo bye' EXIT; trap - EXIT; echo main
## stdout: main

#### trap with an empty string ignores
trap '' EXIT; echo main
## stdout: main

#### trap -p prints traps
trap 'echo x' EXIT; trap -p EXIT
## STDOUT:
trap -- 'echo x' EXIT
x
## END

#### trap listing with no arguments
trap 'echo hi' ERR; trap
## stdout: trap -- 'echo hi' ERR

#### exit trap can change the exit status
trap 'exit 9' EXIT; true
## status: 9

#### exit trap in a function-defined cleanup
cleanup() { echo "cleaning up"; }; trap cleanup EXIT; echo working
## STDOUT:
working
cleaning up
## END

#### last trap wins
trap 'echo one' EXIT; trap 'echo two' EXIT
## stdout: two

#### trap on an invalid signal
trap 'echo x' NOSUCHSIG; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: trap: NOSUCHSIG: invalid signal specification

#### exit trap sees variables at exit time
trap 'echo "v=$v"' EXIT; v=late
## stdout: v=late

#### err trap inherits into functions only with errtrace
trap 'echo err-trap' ERR; f() { false; echo in-f; }; f; echo after
## STDOUT:
in-f
after
## END

#### BASH_COMMAND in an ERR trap and the EXIT trap
trap 'echo "exit after: $BASH_COMMAND"' EXIT
echo "now: $BASH_COMMAND"
f() { echo "in f: $BASH_COMMAND"; }
f   arg
trap 'echo "err: $BASH_COMMAND"' ERR
ls /nonexistent-dir >/dev/null 2>&1
echo "x=1  y" >/dev/null; ls /nonexistent-dir 2>/dev/null
## status: 2
## STDOUT:
now: echo "now: $BASH_COMMAND"
in f: echo "in f: $BASH_COMMAND"
err: ls /nonexistent-dir > /dev/null 2>&1
err: ls /nonexistent-dir 2> /dev/null
exit after: ls /nonexistent-dir 2> /dev/null
## END
