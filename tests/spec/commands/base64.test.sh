# base64: encode and decode.

#### base64 encode
printf 'hello world' | base64
## stdout: aGVsbG8gd29ybGQ=

#### base64 wraps at 76
printf '%s' 0123456789012345678901234567890123456789012345678901234567890 | base64
## STDOUT:
MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2
Nzg5MA==
## END

#### base64 -w
printf 'hello world' | base64 -w 8; printf 'hello world' | base64 -w 0; echo
## STDOUT:
aGVsbG8g
d29ybGQ=
aGVsbG8gd29ybGQ=
## END

#### base64 decode
printf 'aGVsbG8g\nd29ybGQ=\n' | base64 -d; echo
## stdout: hello world

#### base64 decode concatenated padded groups
echo 'YQ==YQ==' | base64 -d; echo
## stdout: aa

#### base64 decode invalid input prints the prefix
echo 'YWJj!ZGVm' | base64 -d; echo " s $?"
## stdout: abc s 1
## stderr: base64: invalid input

#### base64 decode missing padding
echo 'YWJ' | base64 -d; echo " s $?"
## stdout: ab s 1
## stderr: base64: invalid input

#### base64 ignore garbage
echo 'YW J*j' | base64 -di; echo
## stdout: abc

#### base64 file operand and round trip
printf 'a\0b\377' > f; base64 f; base64 f | base64 -d | cat -v; echo
## STDOUT:
YQBi/w==
a^@bM-^?
## END

#### base64 empty input
printf '' | base64; echo "s $?"
## stdout: s 0

#### base64 extra operand
base64 a b; echo "s $?"
## stdout: s 1
## STDERR:
base64: extra operand ‘b’
Try 'base64 --help' for more information.
## END

#### base64 missing file
base64 nope; echo "s $?"
## stdout: s 1
## stderr: base64: nope: No such file or directory

#### base64 invalid wrap
base64 -w x; echo "s $?"
## stdout: s 1
## stderr: base64: invalid wrap size: ‘x’
