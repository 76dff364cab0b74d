# break and continue with levels.

#### break in a while loop
i=0; while true; do i=$((i+1)); [ $i -eq 3 ] && break; done; echo $i
## stdout: 3

#### continue in a while loop
i=0; while [ $i -lt 5 ]; do i=$((i+1)); [ $((i % 2)) -eq 0 ] && continue; echo $i; done
## STDOUT:
1
3
5
## END

#### break 2 from the inner loop
for i in 1 2 3; do for j in a b; do [ $i = 2 ] && break 2; echo $i$j; done; done; echo end
## STDOUT:
1a
1b
end
## END

#### continue 2
for i in 1 2; do for j in a b c; do [ $j = b ] && continue 2; echo $i$j; done; done
## STDOUT:
1a
2a
## END

#### break 0 is an error
for i in 1; do break 0; echo after; done; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: break: 0: loop count out of range

#### break with a non-numeric argument
for i in 1; do break x; done; echo "status $?"
## stderr: bash: line 1: break: x: numeric argument required
## status: 128

#### break in a function inside a loop
f() { break; }; for i in 1 2; do echo $i; f; done; echo end
## STDOUT:
1
2
end
## END
## STDERR:
environment: line 1: break: only meaningful in a `for', `while', or `until' loop
environment: line 1: break: only meaningful in a `for', `while', or `until' loop
## END

#### continue in until
i=0; until [ $i -ge 3 ]; do i=$((i+1)); [ $i -eq 2 ] && continue; echo $i; done
## STDOUT:
1
3
## END

#### break inside a case inside a loop
for w in a stop b; do case $w in stop) break;; esac; echo $w; done
## stdout: a

#### break status is zero
for i in 1; do false; break; done; echo $?
## stdout: 0

#### break in a subshell inside a loop
for i in 1 2; do (break); echo $i; done
## STDOUT:
1
2
## END
## STDERR:
bash: line 1: break: only meaningful in a `for', `while', or `until' loop
bash: line 1: break: only meaningful in a `for', `while', or `until' loop
## END
