# xxd: hex dumps and their reverse.

#### xxd default dump
printf 'hello world, this is xxd!\n\000\377' | xxd
## STDOUT:
00000000: 6865 6c6c 6f20 776f 726c 642c 2074 6869  hello world, thi
00000010: 7320 6973 2078 7864 210a 00ff            s is xxd!...
## END

#### xxd -p plain
printf 'hello' | xxd -p
## stdout: 68656c6c6f

#### xxd -p wraps at 30 bytes
printf '%s' 0123456789012345678901234567890123 | xxd -p
## STDOUT:
303132333435363738393031323334353637383930313233343536373839
30313233
## END

#### xxd -r -p
echo '68656c6c6f 0a' | xxd -r -p
## stdout: hello

#### xxd -r of a dump
printf 'a\0b\n' > f; xxd f | xxd -r | od -c
## STDOUT:
0000000   a  \0   b  \n
0000004
## END

#### xxd -l -s -c -g
printf 'abcdef' | xxd -l 3; printf 'abcdef' | xxd -s 2; printf 'abcdef' | xxd -c 4; printf 'abcdef' | xxd -g 1
## STDOUT:
00000000: 6162 63                                  abc
00000002: 6364 6566                                cdef
00000000: 6162 6364  abcd
00000004: 6566       ef
00000000: 61 62 63 64 65 66                                abcdef
## END

#### xxd -u and -g 4
printf 'abcdef' | xxd -u -g 4
## stdout: 00000000: 61626364 6566                        abcdef

#### xxd -i of a file and stdin
printf 'a\nb\n' > f; xxd -i f; printf 'ab' | xxd -i
## STDOUT:
unsigned char f[] = {
  0x61, 0x0a, 0x62, 0x0a
};
unsigned int f_len = 4;
  0x61, 0x62
## END

#### xxd -b bits
printf 'ab' | xxd -b
## stdout: 00000000: 01100001 01100010                                      ab

#### xxd -s negative from the end
printf 'abcdef' > f; xxd -s -2 f
## stdout: 00000004: 6566                                     ef

#### xxd missing file
xxd nope; echo "s $?"
## stdout: s 2
## stderr: xxd: nope: No such file or directory

#### xxd empty input
printf '' | xxd; echo "s $?"
## stdout: s 0

#### xxd writes an output file
printf 'hi' > f; xxd f out; cat out
## stdout: 00000000: 6869                                     hi

#### xxd -e little-endian groups
printf 'one\ntwo\nthree' | xxd -e
## stdout: 00000000: 0a656e6f 0a6f7774 65726874       65  one.two.three

#### xxd -e -g 2 and -u
printf 'one\ntwo\nthree' | xxd -e -g 2
printf 'abcdefgh' | xxd -e -u
## STDOUT:
00000000: 6e6f 0a65 7774 0a6f 6874 6572   65       one.two.three
00000000: 64636261 68676665                    abcdefgh
## END

#### xxd -e with columns that are not a multiple of the group
printf 'one\ntwo\nthree' | xxd -e -c 6 -g 4
## STDOUT:
00000000: 0a656e6f     7774e.tw
00000006: 68740a6f     6572thre
0000000c:       65       e
## END

#### xxd -o adds to the offsets
printf 'one\ntwo\nthree' > f; xxd -o 16 f; xxd -o 0x100 -s 4 f
## STDOUT:
00000010: 6f6e 650a 7477 6f0a 7468 7265 65         one.two.three
00000104: 7477 6f0a 7468 7265 65                   two.three
## END

#### xxd -C capitalizes -i names
printf 'hi' > my.bin; xxd -C -i my.bin; xxd -C -i -n blob my.bin | head -1
## STDOUT:
unsigned char MY_BIN[] = {
  0x68, 0x69
};
unsigned int MY_BIN_LEN = 2;
unsigned char BLOB[] = {
## END
