# touch: create files and set times (checked through date -r).

#### touch creates an empty file
touch f; test -f f && ! test -s f && echo ok
## stdout: ok

#### touch keeps contents
echo hi > f; touch f; cat f
## stdout: hi

#### touch several files
touch a b c; echo *
## stdout: a b c

#### touch -c does not create
touch -c nope; echo "status $?"; test -e nope || echo absent
## STDOUT:
status 0
absent
## END

#### touch -d sets the time
touch -d '2024-01-02 03:04:05' f; date -r f '+%F %T'
## needs: mtime
## stdout: 2024-01-02 03:04:05

#### touch -d epoch
touch -d @1700000000 f; date -r f +%s
## needs: mtime
## stdout: 1700000000

#### touch -d date only
touch -d 2020-05-06 f; date -r f '+%F %T'
## needs: mtime
## stdout: 2020-05-06 00:00:00

#### touch -t
touch -t 202401020304.05 f; date -r f '+%F %T'
## needs: mtime
## stdout: 2024-01-02 03:04:05

#### touch -t short year
touch -t 2401020304 f; date -r f '+%F %T'
## needs: mtime
## stdout: 2024-01-02 03:04:00

#### touch -r reference
touch -d @1234567890 a; touch -r a b; date -r b +%s
## needs: mtime
## stdout: 1234567890

#### touch -r missing reference
touch -r nope f; echo "status $?"
## stdout: status 1
## stderr: touch: failed to get attributes of 'nope': No such file or directory

#### touch -m
touch -m -d @5 f; date -r f +%s
## needs: mtime
## stdout: 5

#### touch -a leaves the modification time
touch -d @5 f; touch -a -d @7 f; date -r f +%s
## needs: mtime
## stdout: 5

#### touch invalid -d
touch -d foo f; echo "status $?"; test -e f || echo absent
## STDOUT:
status 1
absent
## END
## stderr: touch: invalid date format ‘foo’

#### touch invalid -t
touch -t 99 f; echo "status $?"
## stdout: status 1
## stderr: touch: invalid date format ‘99’

#### touch in a missing directory
touch nope/x; echo "status $?"
## stdout: status 1
## stderr: touch: cannot touch 'nope/x': No such file or directory

#### touch without operand
touch; echo "status $?"
## stdout: status 1
## STDERR:
touch: missing file operand
Try 'touch --help' for more information.
## END

#### touch a directory
mkdir d; touch -d @9 d; date -r d +%s
## needs: mtime
## stdout: 9

#### touch file with trailing slash
: > f; touch f/; echo "status $?"
## stdout: status 1
## stderr: touch: setting times of 'f/': Not a directory

#### touch ordering for newer-than tests
## needs: mtime
touch -d '2020-01-01' old; touch -d '2021-01-01' new; [ new -nt old ] && echo newer
## stdout: newer

#### touch -d relative
touch -d '2024-01-10 3 days ago' f; date -r f +%F
## needs: mtime
## stdout: 2024-01-07

#### touch brace
touch a{1..3}.txt; echo *.txt
## stdout: a1.txt a2.txt a3.txt

#### touch -d yesterday relative to a date
touch -d '2024-01-02 12:00 yesterday' f; date -r f '+%F %T'
## needs: mtime
## stdout: 2024-01-01 12:00:00

#### touch many files
for i in $(seq 1 5 2>/dev/null || echo 1 2 3 4 5); do touch "f$i"; done; echo f*
## stdout: f1 f2 f3 f4 f5

#### touch -d invalid month
touch -d '2024-13-01' f; echo "status $?"
## stdout: status 1
## stderr: touch: invalid date format ‘2024-13-01’

#### touch empty
touch ''; echo "status $?"
## stdout: status 1
## stderr: touch: cannot touch '': No such file or directory
