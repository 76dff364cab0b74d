# date: formatting fixed times (never the current one).

#### date default format
date -d @0
## stdout: Thu Jan  1 00:00:00 UTC 1970

#### date -u
date -u -d @1700000000
## stdout: Tue Nov 14 22:13:20 UTC 2023

#### date +FORMAT
date -d @1700000000 '+%Y-%m-%d %H:%M:%S'
## stdout: 2023-11-14 22:13:20

#### date common directives
date -d '2024-01-02 03:04:05' '+%a %A %b %B %d %e %j %u %w %y %C %D %F %T %R %p %I %l %k %s %Z %z'
## stdout: Tue Tuesday Jan January 02  2 002 2 2 24 20 01/02/24 2024-01-02 03:04:05 03:04 AM 03  3  3 1704164645 UTC +0000

#### date week numbers
date -d 2021-01-01 '+%U %V %W %G %g'
## stdout: 00 53 00 2020 20

#### date %c %x %X %r %h
date -d '2024-02-29 23:59:59' '+%c|%x|%X|%r|%h'
## stdout: Thu Feb 29 23:59:59 2024|02/29/24|23:59:59|11:59:59 PM|Feb

#### date padding flags
date -d '2024-01-02 03:04:05' '+%-d|%_m|%05Y|%^a|%10A|%-H|%_H|%0e|%-j|%^B'
## stdout: 2| 1|02024|TUE|   Tuesday|3| 3|02|2|JANUARY

#### date nanoseconds
date -d '2024-01-02 03:04:05.123456789' '+%N %3N %6N'
## stdout: 123456789 123 123456

#### date %N of a whole second
date -d @5 +%N
## stdout: 000000000

#### date zone forms
date -d @0 '+%z %:z %::z %Z'
## stdout: +0000 +00:00 +00:00:00 UTC

#### date literal percent and newline
date -d @0 '+100%%%nnext'
## STDOUT:
100%
next
## END

#### date unknown directive is kept
date -d @0 '+%Q %Y'
## stdout: %Q 1970

#### date ISO date input
date -d 2024-01-02
## stdout: Tue Jan  2 00:00:00 UTC 2024

#### date ISO date-time input
date -d '2024-01-02 03:04:05'
## stdout: Tue Jan  2 03:04:05 UTC 2024

#### date ISO T and Z
date -d '2024-01-02T03:04:05Z' +%s
## stdout: 1704164645

#### date with an offset
date -d '2024-01-02T03:04:05+01:00' '+%F %T'
## stdout: 2024-01-02 02:04:05

#### date relative days
date -d '2024-01-31 + 3 days' +%F; date -d '2024-03-01 -1 day' +%F
## STDOUT:
2024-02-03
2024-02-29
## END

#### date relative months overflow
date -d '2024-01-31 +1 month' +%F
## stdout: 2024-03-02

#### date ago
date -d '2024-01-10 2 days ago' +%F; date -d '2024-01-10 1 week ago' +%F
## STDOUT:
2024-01-08
2024-01-03
## END

#### date hours and minutes
date -d '2024-01-02 10:00 UTC +90 minutes' '+%F %T'
## stdout: 2024-01-02 11:30:00

#### date month names
date -d 'jan 2 2024' +%F; date -d '2 Feb 2024' +%F; date -d 'March 3, 2024' +%F
## STDOUT:
2024-01-02
2024-02-02
2024-03-03
## END

#### date slashes
date -d 01/02/2024 +%F; date -d 2024/01/02 +%F
## STDOUT:
2024-01-02
2024-01-02
## END

#### date am pm
date -d '2024-01-02 3pm' +%T; date -d '2024-01-02 12am' +%T
## STDOUT:
15:00:00
00:00:00
## END

#### date epoch with fraction
date -d @1.5 '+%s %N'
## stdout: 1 500000000

#### date negative epoch
date -d @-1 '+%F %T'
## stdout: 1969-12-31 23:59:59

#### date -I
date -d @0 -I; date -d @0 -Iseconds; date -d @0 -Ins; date -d @0 -Ihours; date -d @0 --iso-8601=minutes
## STDOUT:
1970-01-01
1970-01-01T00:00:00+00:00
1970-01-01T00:00:00,000000000+00:00
1970-01-01T00+00:00
1970-01-01T00:00+00:00
## END

#### date -I invalid
date -Ix; echo "status $?"
## stdout: status 1
## STDERR:
date: invalid argument ‘x’ for ‘--iso-8601’
Valid arguments are:
  - ‘hours’
  - ‘minutes’
  - ‘date’
  - ‘seconds’
  - ‘ns’
Try 'date --help' for more information.
## END

#### date -R
date -R -d @0
## stdout: Thu, 01 Jan 1970 00:00:00 +0000

#### date --rfc-3339
date --rfc-3339=seconds -d @0; date --rfc-3339=date -d @0; date --rfc-3339=ns -d @0
## STDOUT:
1970-01-01 00:00:00+00:00
1970-01-01
1970-01-01 00:00:00.000000000+00:00
## END

#### date invalid date
date -d foo; echo "status $?"
## stdout: status 1
## stderr: date: invalid date ‘foo’

#### date invalid calendar day
date -d 2024-02-30; echo "status $?"
## stdout: status 1
## stderr: date: invalid date ‘2024-02-30’

#### date extra operand
date +%s +%s; echo "status $?"
## stdout: status 1
## STDERR:
date: extra operand ‘+%s’
Try 'date --help' for more information.
## END

#### date -r file
touch -d '2024-01-02 03:04:05' f; date -r f '+%F %T'
## needs: mtime
## stdout: 2024-01-02 03:04:05

#### date -r missing
date -r nope; echo "status $?"
## stdout: status 1
## stderr: date: nope: No such file or directory

#### date -f
printf '@0\nfoo\n@5\n' > dates; date -f dates +%s; echo "status $?"
## STDOUT:
0
5
status 1
## END
## stderr: date: invalid date ‘foo’

#### date last -d wins
date -d @0 -d @1 +%s
## stdout: 1

#### date in a variable
d=$(date -d '2024-05-06' +%Y%m%d); echo "backup-$d.tar"
## stdout: backup-20240506.tar

#### date seconds arithmetic
echo $(( $(date -d '2024-01-02' +%s) - $(date -d '2024-01-01' +%s) ))
## stdout: 86400

#### date formats
date -d '2024-03-15 14:30:00' '+%Y%m%d_%H%M%S %A %B %-m/%-d'
## stdout: 20240315_143000 Friday March 3/15

#### date epoch to iso
date -u -d @1700000000 +%Y-%m-%dT%H:%M:%SZ
## stdout: 2023-11-14T22:13:20Z

#### date from iso to epoch
date -u -d '2024-01-01T00:00:00Z' +%s
## stdout: 1704067200

#### date -d next week relative
date -d '2024-01-02 +1 week' +%F
## stdout: 2024-01-09

#### date %j %U
date -d 2024-12-31 '+%j %U %W %V'
## stdout: 366 52 53 01

#### date with TZ set
TZ=UTC date -d @0 +%Z
## stdout: UTC

#### date nested
date -d "$(date -d @86400 +%F) + 1 day" +%F
## stdout: 1970-01-03

#### date -d with seconds and utc
date -u -d '2000-02-29 23:59:59 UTC' '+%s %a'
## stdout: 951868799 Tue

#### date -d 'now' relative fixed
date -d '@1700000000 ' +%s 2>&1; echo "status $?"
## STDOUT:
1700000000
status 0
## END

#### date -d 'tomorrow' with base
date -d '2024-12-31 tomorrow' +%F
## stdout: 2025-01-01

#### date month end rollover
date -d '2023-02-28 +1 day' +%F; date -d '2024-12-31 +1 day' +%F
## STDOUT:
2023-03-01
2025-01-01
## END

#### date hour rollover
date -d '2024-01-01 23:30 +45 minutes' '+%F %R'
## stderr: date: invalid date ‘2024-01-01 23:30 +45 minutes’
## status: 1

#### date negative relative
date -d '2024-01-01 -1 hour' '+%F %T'
## stdout: 2023-12-31 23:00:00

#### date -d seconds ago
date -d '2024-01-01 00:00:10 10 seconds ago' '+%T'
## stdout: 00:00:00

#### date -d 'last day'
date -d '2024-03-10 last day' +%F
## stdout: 2024-03-09

#### date %s of iso
date -d '1970-01-02' +%s
## stdout: 86400

#### date parses reparse own output
date -d 'Mon Jan 15 10:30:00 UTC 2024' +%s
## stdout: 1705314600

#### date parses utc suffix
date -d '2024-01-01 00:00:00 UTC' +%s
## stdout: 1704067200

#### date parses month comma
date -d 'Jan 1, 2024' +%F
## stdout: 2024-01-01

#### date parses numeric offset
date -d '2024-01-01 12:00:00 +0000' +%s
## stdout: 1704110400

#### date parses day of week number
date -d 2024-01-15 '+%u %w %a'
## stdout: 1 1 Mon

#### date parses last day of month
date -d '2024-03-01 -1 day' +%d
## stdout: 29

#### date parses compact with time
date -d '20240115 10:30' '+%F %T'
## stdout: 2024-01-15 10:30:00

#### date parses fractional
date -d '2024-01-15 10:30:45.5' '+%T.%3N'
## stdout: 10:30:45.500

#### date parses -R reparse
date -d "$(date -R -d @1700000000)" +%s
## stdout: 1700000000

#### date parses iso reparse
date -d "$(date -Iseconds -d @1700000000)" +%s
## stdout: 1700000000

#### date parses rfc3339 reparse
date -d "$(date --rfc-3339=seconds -d @1700000000)" +%s
## stdout: 1700000000

#### date parses full month name
date -d 'February 29 2024' +%F
## stdout: 2024-02-29

#### date parses abbreviated day first
date -d '15-Jan-2024' +%F 2>&1; echo "status $?"
## STDOUT:
2024-01-15
status 0
## END

#### date parses dots
date -d '2024.01.15' +%F 2>&1; echo "status $?"
## STDOUT:
date: invalid date ‘2024.01.15’
status 1
## END

#### date parses weeks ago fixed
date -d '2024-01-15 2 weeks ago' +%F
## stdout: 2024-01-01

#### date parses +%s%N shape
x=$(date -d @1 +%s%N); echo ${#x}
## stdout: 10

#### date parses lowercase am
date -d '2024-01-15 9:05 pm' +%R
## stdout: 21:05

#### date parses noon time
date -d '2024-01-15 12:00pm' +%R
## stdout: 12:00

#### date parses midnight
date -d '2024-01-15 midnight' +%R 2>&1; echo "status $?"
## STDOUT:
date: invalid date ‘2024-01-15 midnight’
status 1
## END

#### date parses week day next
date -d '2024-01-15 next friday' +%F 2>&1; echo "status $?"
## STDOUT:
2024-01-15
status 0
## END

#### date parses ordinal
date -d '2024-01-15 +1 month -1 day' +%F
## stdout: 2024-02-14

#### date parses hours with h
date -d '2024-01-15 10:00 +3h' +%R 2>&1; echo "status $?"
## STDOUT:
date: invalid date ‘2024-01-15 10:00 +3h’
status 1
## END

#### date parses space separated iso T
date -d '2024-01-15T10:30' +%R
## stdout: 10:30

#### date parses Z lowercase
date -d '2024-01-15T10:30:00z' +%R
## stdout: 10:30

#### date parses epoch plus relative
date -d '@0 + 1 day' +%F 2>&1; echo "status $?"
## STDOUT:
date: invalid date ‘@0 + 1 day’
status 1
## END

#### date -s is refused
date -s '2020-01-01'; echo "status $?"
## stdout: status 1
## stderr: date: cannot set date: Operation not permitted
## mirage-only: the sandbox clock cannot be set (GNU date as root would set the host clock)

#### date -s with an invalid date
date -s foo; echo "status $?"
## stdout: status 1
## stderr: date: invalid date ‘foo’
## mirage-only: never run date -s against the real clock

#### zone abbreviations after a time
date -u -d '2024-03-12 10:00 EST' +%H:%M
date -u -d '2024-03-12 10:00 pdt' +%H:%M
date -u -d '2024-03-12 10:00 CEST' +%H:%M
date -u -d '2024-03-12 10:00 IST' +%H:%M
## STDOUT:
15:00
17:00
08:00
04:30
## END

#### TZ names a zone of the database
TZ=America/New_York date -d @0
TZ=Asia/Kolkata date -d @0 '+%F %T %Z %z'
TZ=Australia/Adelaide date -d @0 '+%:::z %Z'
TZ=:Asia/Tokyo date -d '2024-06-01' '+%F %T %:z'
## STDOUT:
Wed Dec 31 19:00:00 EST 1969
1970-01-01 05:30:00 IST +0530
+09:30 ACST
2024-06-01 00:00:00 +09:00
## END

#### TZ reads wall-clock times in the zone
TZ=America/New_York date -d '2024-07-04 12:00' +%s
TZ=Europe/Berlin date -d '2024-01-15 08:00 UTC' '+%H:%M %Z'
TZ=America/New_York date -d '2024-11-03 01:30' '+%s %Z'
## STDOUT:
1720108800
09:00 CET
1730611800 EDT
## END

#### a time the zone skips is invalid
TZ=America/New_York date -d '2024-03-10 02:30'
## status: 1
## stderr: date: invalid date ‘2024-03-10 02:30’

#### POSIX and unknown TZ values, and -u
TZ=EST5EDT date -d @1720000000 '+%Z %z'
TZ=Foo/Bar date -d @0
TZ=America/New_York date -u -d @0 +%Z
## STDOUT:
EDT -0400
Thu Jan  1 00:00:00 Foo 1970
UTC
## END
