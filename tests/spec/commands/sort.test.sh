# sort: GNU coreutils sort in the C.UTF-8 locale (byte order).

#### sort plain bytes order
printf 'b\nA\na\nB\n10\n9\n\n' | sort
## STDOUT:

10
9
A
B
a
b
## END

#### sort reverse
printf 'b\na\nc\n' | sort -r
## STDOUT:
c
b
a
## END

#### sort numeric
printf '10\n9\n-1\n1.5\nabc\n-0\n0\n007\n' | sort -n
## STDOUT:
-1
-0
0
abc
1.5
007
9
10
## END

#### sort numeric reverse
printf '10\n9\n100\n' | sort -nr
## STDOUT:
100
10
9
## END

#### sort unique
printf 'b\na\nb\na\nc\n' | sort -u
## STDOUT:
a
b
c
## END

#### sort unique numeric keeps first of equal
printf '1\n01\n1.0\n2\n' | sort -nu
## STDOUT:
1
2
## END

#### sort key field
## file: f
b 2 x
a 10 y
c 1 z
## end
sort -k2,2n f
## STDOUT:
c 1 z
b 2 x
a 10 y
## END

#### sort key to end of line
printf 'x b c\ny a d\nz b a\n' | sort -k2
## STDOUT:
y a d
z b a
x b c
## END

#### sort key with separator
printf 'a:3\nb:1\nc:2\n' | sort -t: -k2
## STDOUT:
b:1
c:2
a:3
## END

#### sort key with separator numeric reverse
printf 'a:3\nb:10\nc:2\n' | sort -t : -k 2,2nr
## STDOUT:
b:10
a:3
c:2
## END

#### sort two keys
printf 'b 1\na 2\nb 0\na 1\n' | sort -k1,1 -k2,2n
## STDOUT:
a 1
a 2
b 0
b 1
## END

#### sort key char positions
printf 'xab 1\nxaa 2\nyac 3\n' | sort -k1.2,1.3
## STDOUT:
xaa 2
xab 1
yac 3
## END

#### sort blanks in fields without -b
printf 'a  2\na 1\na   3\n' | sort -k2
## STDOUT:
a   3
a  2
a 1
## END

#### sort -b ignores leading blanks
printf 'a  2\na 1\na   3\n' | sort -b -k2
## STDOUT:
a 1
a  2
a   3
## END

#### sort ignore case
printf 'b\nB\na\nA\n' | sort -f
## STDOUT:
A
a
B
b
## END

#### sort ignore case unique
printf 'b\nB\na\nA\n' | sort -fu
## STDOUT:
a
b
## END

#### sort dictionary order
printf 'a-c\nab\n_b\n' | sort -d
## STDOUT:
ab
a-c
_b
## END

#### sort stable keeps input order
printf 'b 1\na 1\nc 0\n' | sort -s -k2,2
## STDOUT:
c 0
b 1
a 1
## END

#### sort last resort comparison
printf 'b 1\na 1\nc 0\n' | sort -k2,2
## STDOUT:
c 0
a 1
b 1
## END

#### sort reverse key last resort not reversed
printf 'b 1\na 1\nc 0\n' | sort -k2,2r
## STDOUT:
a 1
b 1
c 0
## END

#### sort global reverse with key
printf 'b 1\na 1\nc 0\n' | sort -r -k2,2
## STDOUT:
b 1
a 1
c 0
## END

#### sort human numeric
printf '1K\n2M\n512\n1G\n3k\n' | sort -h
## STDOUT:
512
1K
3k
2M
1G
## END

#### sort version
printf 'file10.txt\nfile2.txt\nfile1.txt\nv1.10\nv1.9\n1.0~rc1\n1.0\n' | sort -V
## STDOUT:
1.0~rc1
1.0
file1.txt
file2.txt
file10.txt
v1.9
v1.10
## END

#### sort general numeric
printf '1e3\n2.5\n-inf\nnan\nabc\n100\n0x10\n' | sort -g
## STDOUT:
abc
nan
-inf
2.5
0x10
100
1e3
## END

#### sort months
printf 'Mar\nJAN\nfeb\nxyz\nDec\n' | sort -M
## STDOUT:
xyz
JAN
feb
Mar
Dec
## END

#### sort check in order
printf 'a\nb\n' | sort -c; echo $?
## stdout: 0

#### sort check disorder
printf 'a\nc\nb\n' | sort -c; echo $?
## stdout: 1
## stderr: sort: -:3: disorder: b

#### sort check quiet
printf 'b\na\n' | sort -C; echo $?
## stdout: 1

#### sort check unique
printf 'a\na\n' | sort -cu; echo $?
## stdout: 1
## stderr: sort: -:2: disorder: a

#### sort output to file that is an input
printf 'b\na\n' > f; sort -o f f; cat f
## STDOUT:
a
b
## END

#### sort several files
printf 'c\na' > f1; printf 'b\n' > f2; sort f1 f2
## STDOUT:
a
b
c
## END

#### sort missing file
sort nope; echo $?
## stdout: 2
## stderr: sort: cannot read: nope: No such file or directory

#### sort zero terminated
printf 'b\0a\0c\0' | sort -z | tr '\0' '\n'
## STDOUT:
a
b
c
## END

#### sort no trailing newline
printf 'b\na' | sort
## STDOUT:
a
b
## END

#### sort empty input
printf '' | sort; echo "[$?]"
## stdout: [0]

#### sort bad key
sort -k0 /dev/null; echo $?
## stdout: 2
## stderr: sort: field number is zero: invalid field specification ‘0’

#### sort stray key char
sort -k1x /dev/null; echo $?
## stdout: 2
## stderr: sort: stray character in field spec: invalid field specification ‘1x’

#### sort incompatible options
sort -nM /dev/null; echo $?
## stdout: 2
## stderr: sort: options '-Mn' are incompatible

#### sort multi character tab
sort -t ab /dev/null; echo $?
## stdout: 2
## stderr: sort: multi-character tab ‘ab’

#### sort invalid option
sort --bogus; echo $?
## stdout: 2
## STDERR:
sort: unrecognized option '--bogus'
Try 'sort --help' for more information.
## END

#### sort extra operand with check
sort -c a b; echo $?
## stdout: 2
## stderr: sort: extra operand 'b' not allowed with -c

#### sort numeric with key and separator ties
printf 'x,2,b\ny,2,a\nz,1,c\n' | sort -t, -k2,2n -k3,3
## STDOUT:
z,1,c
y,2,a
x,2,b
## END

#### sort key modifiers on end field
printf 'a 3\nb  1\nc 2\n' | sort -k2n,2
## STDOUT:
b  1
c 2
a 3
## END

#### sort directory operand
## file: d/x
## end
sort d; echo $?
## stdout: 2
## stderr: sort: read failed: d: Is a directory

#### sort ps style column
printf 'root 10 x\nuser 2 y\nroot 3 z\n' | sort -k1,1 -k2,2nr
## STDOUT:
root 10 x
root 3 z
user 2 y
## END

#### sort du style human reverse
printf '4.0K\tb\n12M\ta\n1.5G\tc\n' | sort -hr
## stdout-json: "1.5G\tc\n12M\ta\n4.0K\tb\n"

#### sort with sort word
printf '10\n9\n' | sort --sort=numeric
## STDOUT:
9
10
## END

#### sort bad sort word
sort --sort=foo /dev/null; echo $?
## stdout: 1
## STDERR:
sort: invalid argument ‘foo’ for ‘--sort’
Valid arguments are:
  - ‘general-numeric’
  - ‘human-numeric’
  - ‘month’
  - ‘numeric’
  - ‘random’
  - ‘version’
Try 'sort --help' for more information.
## END

#### sort random keeps all lines
printf 'a\nb\nc\n' | sort -R | sort
## STDOUT:
a
b
c
## END

#### sort ignore nonprinting
printf 'b\001\na\002\n' | sort -i | cat -v
## STDOUT:
a^B
b^A
## END

#### sort help first line
sort --help | { read -r l; echo "$l"; }
## stdout: Usage: sort [OPTION]... [FILE]...

#### a multi-character tab is quoted with escapes
printf 'a\tb\n' | sort -t '\t'
## stderr: sort: multi-character tab ‘\\t’
## status: 2
