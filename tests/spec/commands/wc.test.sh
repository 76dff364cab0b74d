# wc: line, word, character and byte counts with GNU's column widths.

#### wc default counts of a file
printf 'a b\nc\n' > f; wc f
## stdout: 2 3 6 f

#### wc single count has no padding
printf 'a b\nc\n' > f; wc -l f; wc -w f; wc -c f; wc -m f
## STDOUT:
2 f
3 f
6 f
6 f
## END

#### wc stdin pads to seven
printf 'a b\nc\n' | wc
## stdout:       2       3       6

#### wc -l of stdin
printf 'a\nb\nc' | wc -l
## stdout: 2

#### wc several files and total
printf 'a\nb\nc\n' > f; printf 'x y' > g; wc f g
## STDOUT:
3 3 6 f
0 2 3 g
3 5 9 total
## END

#### wc width from total size
printf '%s\n' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 > f; printf 'x\n' > g; wc -l f g
## STDOUT:
 50 f
  1 g
 51 total
## END

#### wc stdin among files pads to seven
printf 'a\n' > f; echo hi | wc -l f -
## STDOUT:
      1 f
      1 -
      2 total
## END

#### wc missing file
printf 'a\n' > f; wc nope f; echo "s $?"
## STDOUT:
1 1 2 f
1 1 2 total
s 1
## END
## stderr: wc: nope: No such file or directory

#### wc directory
## file: d/x
## end
wc d; echo "s $?"
## STDOUT:
      0       0       0 d
s 1
## END
## stderr: wc: d: Is a directory

#### wc chars versus bytes in UTF-8
printf 'héllo wörld\n' | wc -m; printf 'héllo wörld\n' | wc -c
## STDOUT:
12
14
## END

#### wc max line length with tabs and wide characters
printf 'ab\tc\n中中\n' | wc -L
## stdout: 9

#### wc words skip control characters
printf 'a\001b \001 \177 c\n' | wc -w
## stdout: 2

#### wc no-break space separates words
printf 'a\302\240b\n' | wc -w
## stdout: 2

#### wc -L total is the maximum
printf 'abc\n' > f; printf 'abcdef\n' > g; wc -L f g
## STDOUT:
 3 f
 6 g
 6 total
## END

#### wc combined flags keep GNU order
printf 'a b\n' > f; wc -cl f; wc -wL f
## STDOUT:
1 4 f
2 3 f
## END

#### wc files0-from
printf 'a\n' > f; printf 'b c\n' > g; printf 'f\0g\0' > list; wc --files0-from=list
## STDOUT:
1 1 2 f
1 2 4 g
2 3 6 total
## END

#### wc files0-from with an operand
wc --files0-from=list x; echo "s $?"
## stdout: s 1
## STDERR:
wc: extra operand 'x'
file operands cannot be combined with --files0-from
Try 'wc --help' for more information.
## END

#### wc empty file name
wc -l ''; echo "s $?"
## stdout: s 1
## stderr: wc: invalid zero-length file name

#### wc many files
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do echo "l $i" > f$i; done
wc -l f1 f2 f3 f4 f5 f6 f7 f8 f9 f10 f11 f12 f13 f14 f15 f16 f17 f18 | tail -n 2
## STDOUT:
 1 f18
18 total
## END

#### wc empty input
printf '' | wc; : > e; wc e
## STDOUT:
      0       0       0
0 0 0 e
## END

#### wc invalid option
wc -x; echo "s $?"
## stdout: s 1
## STDERR:
wc: invalid option -- 'x'
Try 'wc --help' for more information.
## END

#### wc of stdin redirected from a file uses its size for the width
printf 'a b\nc\n' > f; wc < f; wc -l - f < f
## STDOUT:
2 3 6
 2 -
 2 f
 4 total
## END

#### wc here-string pads to seven
wc <<< "abc"
## stdout:       1       1       4

#### wc --files0-from=- prints with the narrowest width
printf 'a\nb\n' > a; printf 'hello world\n' > b; printf 'a\0b\0' | wc --files0-from=-
## STDOUT:
2 2 4 a
1 2 12 b
3 4 16 total
## END

#### wc --files0-from a file uses the usual width
printf 'a\nb\n' > a; printf 'hello world\n' > b; printf 'a\0b\0' > list; wc -l --files0-from=list
## STDOUT:
 2 a
 1 b
 3 total
## END
