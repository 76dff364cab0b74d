# Background jobs whose output does not depend on timing: wait, wait -n, $!, kill.

#### wait $! gives a successful job's status
true & wait $!; echo $?
## stdout: 0

#### wait $! gives a failing job's status
(exit 3) & wait $!; echo $?
## stdout: 3

#### wait $! gives a function's return status
f() { return 5; }
f & wait $!; echo $?
## stdout: 5

#### wait with no jobs succeeds
wait; echo $?
## stdout: 0

#### wait with no arguments returns 0 even if jobs failed
(exit 2) & (exit 3) &
wait; echo $?
## stdout: 0

#### wait for an unknown pid
wait 99999; echo $?
## stdout: 127
## stderr: bash: line 1: wait: pid 99999 is not a child of this shell

#### wait for an unknown job spec
wait %5; echo $?
## stdout: 127
## stderr: bash: line 1: wait: %5: no such job

#### wait %1 gives the job's status
(exit 4) & wait %1; echo $?
## stdout: 4

#### wait for two jobs in reverse order
(exit 1) & a=$!
(exit 2) & b=$!
wait $b; echo $?
wait $a; echo $?
## STDOUT:
2
1
## END

#### wait for several pids returns the last one's status
(exit 1) & a=$!
(exit 6) & b=$!
wait $a $b; echo $?
## stdout: 6

#### waiting twice for the same pid gives its status again
true & p=$!
wait $p; echo $?
wait $p 2>/dev/null; echo $?
## STDOUT:
0
0
## END

#### $! is a number
true &
[[ $! =~ ^[0-9]+$ ]] && echo number
wait
## stdout: number

#### $! is unset before any background job
echo "${!-unset}"
## stdout: unset

#### $! changes with each job
true & a=$!
true & b=$!
[ "$a" != "$b" ] && echo different
wait
## stdout: different

#### wait -n gives the status of a failing job
false & wait -n; echo $?
## stdout: 1

#### wait -n gives the status of a successful job
true & wait -n; echo $?
## stdout: 0

#### wait -n with no jobs
wait -n; echo $?
## stdout: 127

#### wait -n after everything was waited for
false & wait
wait -n; echo $?
## stdout: 127

#### wait -n -p stores the pid of a job still running
{ sleep 0.2; exit 3; } & p=$!
wait -n -p id; echo $?
[ "$id" = "$p" ] && echo same-pid
## STDOUT:
3
same-pid
## END

#### kill of a finished job fails
true & p=$!
wait $p
kill $p 2>/dev/null; echo $?
## stdout: 1

#### kill of a running job and its status
sleep 10 & p=$!
kill $p; echo "kill $?"
wait $p; echo "wait $?"
## STDOUT:
kill 0
wait 143
## END

#### kill -0 of a running job
sleep 10 & p=$!
kill -0 $p; echo $?
kill $p; wait $p
## stdout: 0
## status: 143

#### kill %1 by job spec
sleep 10 &
kill %1; echo $?
wait
## stdout: 0

#### kill -9 of a running job
sleep 10 & p=$!
kill -9 $p
wait $p; echo $?
## stdout: 137

#### kill of an unknown job spec
kill %7; echo $?
## stdout: 1
## stderr: bash: line 1: kill: %7: no such job

#### background output comes before wait returns
echo from-bg & wait
echo after
## STDOUT:
from-bg
after
## END

#### background group writes a file
{ echo a; echo b; } > out.txt & wait
cat out.txt
## STDOUT:
a
b
## END

#### variables set in a background job stay there
x=1
{ x=2; } & wait
echo $x
## stdout: 1

#### set -e does not stop on a failing background job
set -e
false &
wait $! || echo "job failed $?"
echo still-running
## STDOUT:
job failed 1
still-running
## END

#### background job in a pipeline
echo hi | cat & wait
echo done
## STDOUT:
hi
done
## END

#### jobs shows a running job
sleep 10 &
jobs
kill %1
## stdout: [1]+  Running                 sleep 10 &

#### jobs is empty after wait
true & wait
jobs; echo "status $?"
## stdout: status 0

#### fg without job control
fg; echo $?
## stdout: 1
## stderr: bash: line 1: fg: no job control

#### bg without job control
bg; echo $?
## stdout: 1
## stderr: bash: line 1: bg: no job control
