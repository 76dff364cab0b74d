# sleep: suffixes, sums of operands, errors.

#### sleep with suffixes and several operands
sleep 0.01 0.01s 0.0001m 0.000001h 0d; echo "s $?"
## stdout: s 0

#### sleep negative number is an option
sleep -1; echo "s $?"
## stdout: s 1
## STDERR:
sleep: invalid option -- '1'
Try 'sleep --help' for more information.
## END

#### sleep invalid interval
sleep 1x; echo "s $?"
## stdout: s 1
## STDERR:
sleep: invalid time interval ‘1x’
Try 'sleep --help' for more information.
## END

#### sleep missing operand
sleep; echo "s $?"
## stdout: s 1
## STDERR:
sleep: missing operand
Try 'sleep --help' for more information.
## END

#### sleep -- then a negative number
sleep -- -1; echo "s $?"
## stdout: s 1
## STDERR:
sleep: invalid time interval ‘-1’
Try 'sleep --help' for more information.
## END

#### sleep unknown long option
sleep --bogus; echo "s $?"
## stdout: s 1
## STDERR:
sleep: unrecognized option '--bogus'
Try 'sleep --help' for more information.
## END
