# od: octal, hex, decimal and character dumps.

#### od default octal words
printf 'hello world\n' | od
## STDOUT:
0000000 062550 066154 020157 067567 066162 005144
0000014
## END

#### od -c characters and escapes
printf 'a\tb\n\001\377' | od -c
## STDOUT:
0000000   a  \t   b  \n 001 377
0000006
## END

#### od -An -t x1
printf 'abc\n' | od -An -t x1
## stdout:  61 62 63 0a

#### od -t x2 pads a partial word
printf 'abc' | od -t x2
## STDOUT:
0000000 6261 0063
0000003
## END

#### od several types align
printf 'abc' | od -c -t x1
## STDOUT:
0000000   a   b   c
         61  62  63
0000003
## END

#### od -t d1 u1 o1
printf '\377\001' | od -An -t d1; printf '\377\001' | od -An -t u1; printf '\377\001' | od -An -t o1
## STDOUT:
   -1    1
 255   1
 377 001
## END

#### od -t a named characters
printf '\000\177 a' | od -t a
## STDOUT:
0000000 nul del  sp   a
0000004
## END

#### od -x -b -d traditional options
printf 'ab' | od -x; printf 'ab' | od -b; printf 'ab' | od -d
## STDOUT:
0000000 6261
0000002
0000000 141 142
0000002
0000000 25185
0000002
## END

#### od repeated lines become a star
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | od -c
## STDOUT:
0000000   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a
*
0000060   a
0000061
## END

#### od -v shows duplicates
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | od -v -An -c
## STDOUT:
   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a
   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a   a
## END

#### od -j -N and address radix
printf 'abcdef' | od -j 2 -N 3 -c; printf 'ab' | od -A x -t d1; printf 'ab' | od -A d -c
## STDOUT:
0000002   c   d   e
0000005
000000   97   98
000002
0000000   a   b
0000002
## END

#### od -w width
printf 'abcdefghij' | od -An -t u1 -w4
## STDOUT:
  97  98  99 100
 101 102 103 104
 105 106
## END

#### od -tx1z shows characters
printf 'a\nb\n' | od -tx1z
## STDOUT:
0000000 61 0a 62 0a                                      >a.b.<
0000004
## END

#### od missing file
od nope; echo "s $?"
## stdout: s 1
## stderr: od: nope: No such file or directory

#### od invalid type
od -t q; echo "s $?"
## stdout: s 1
## stderr: od: invalid character 'q' in type string ‘q’

#### od empty input
printf '' | od
## stdout: 0000000

#### od -t f4 and f8 floats
printf '\0\0\300\77\0\0\0\0\0\0\370\77\0\0\200\177' | od -t f4
printf '\0\0\0\0\0\0\370\77' | od -t f8
## STDOUT:
0000000             1.5               0          1.9375             inf
0000020
0000000                      1.5
0000010
## END

#### od -t fF and fD, -f and -F
printf '\0\0\300\77\0\0\0\0\0\0\370\77' | od -An -t fF
printf '\0\0\0\0\0\0\370\77' | od -An -F
printf '\0\0\200\177\0\0\300\377' | od -An -f
## STDOUT:
             1.5               0          1.9375
                      1.5
             inf            -nan
## END

#### od float shortest digits and exponents
printf '\315\314\314\75\0\0\200\277\0\0\0\0\0\0\0\200' | od -An -t f4
printf '\232\231\231\231\231\231\271\77' | od -An -t f8
printf '\377\377\177\177' | od -An -t f4
## STDOUT:
             0.1              -1               0              -0
                      0.1
   3.4028235e+38
## END

#### od invalid float size
od -t f2 /dev/null; echo "s $?"
## stdout: s 1
## STDERR:
od: invalid type string ‘f2’;
this system doesn't provide a 2-byte floating point type
## END
