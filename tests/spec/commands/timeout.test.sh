# timeout: run a command with a time limit.

#### timeout command finishes in time
timeout 5 echo hi; echo "status $?"
## STDOUT:
hi
status 0
## END

#### timeout passes the status through
timeout 5 false; echo "status $?"; timeout 5 sh -c 'exit 3'; echo "status $?"
## STDOUT:
status 1
status 3
## END

#### timeout expires
timeout 0.2 sleep 3; echo "status $?"
## stdout: status 124

#### timeout expires on a loop
timeout 0.3 sh -c 'while :; do :; done'; echo "status $?"
## stdout: status 124
## gap: hangs under the spec runner's clock, which stands still (works with a real clock)

#### timeout output before the limit is kept
timeout 0.3 sh -c 'echo start; sleep 3; echo end'; echo "status $?"
## STDOUT:
start
status 124
## END
## gap: the spec runner's clock jumps, so the sleep ends at once and `end` is printed

#### timeout shell is usable afterwards
timeout 0.1 sleep 2; echo after; x=1; echo $((x + 1))
## STDOUT:
after
2
## END

#### timeout --preserve-status
timeout --preserve-status 0.1 sleep 2; echo "status $?"
## stdout: status 143

#### timeout -s INT --preserve-status
timeout -s INT --preserve-status 0.1 sleep 2; echo "status $?"
## stdout: status 130

#### timeout -v
timeout -v 0.1 sleep 2; echo "status $?"
## stdout: status 124
## stderr: timeout: sending signal TERM to command ‘sleep’

#### timeout zero disables the limit
timeout 0 echo ok
## stdout: ok

#### timeout suffixes
timeout 1m true && timeout 1h true && timeout 1d true && timeout 0.5s true && echo ok
## stdout: ok

#### timeout invalid interval
timeout 1x true; echo "status $?"
## stdout: status 125
## STDERR:
timeout: invalid time interval ‘1x’
Try 'timeout --help' for more information.
## END

#### timeout invalid signal
timeout -s FOO 1 true; echo "status $?"
## stdout: status 125
## STDERR:
timeout: ‘FOO’: invalid signal
Try 'timeout --help' for more information.
## END

#### timeout missing command
timeout 1; echo "status $?"
## stdout: status 125
## stderr: Try 'timeout --help' for more information.

#### timeout command not found
timeout 1 nope; echo "status $?"
## stdout: status 127
## stderr: timeout: failed to run command ‘nope’: No such file or directory

#### timeout reads stdin through a pipe
printf 'a\nb\n' | timeout 5 cat
## STDOUT:
a
b
## END

#### timeout -k accepted
timeout -k 1 5 echo ok
## stdout: ok

#### timeout options after the duration belong to the command
timeout 5 echo -n hi; echo
## stdout: hi

#### timeout in a condition
if timeout 0.1 sleep 1; then echo fast; else echo slow; fi
## stdout: slow

#### timeout pipeline inside
timeout 5 sh -c 'echo a | cat'
## stdout: a

#### timeout with bash -c status
timeout 5 bash -c 'exit 42'; echo $?
## stdout: 42
