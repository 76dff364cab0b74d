# paste: GNU coreutils paste.

#### paste two files
printf '1\n2\n3\n' > a; printf 'x\ny\nz\n' > b; paste a b
## stdout-json: "1\tx\n2\ty\n3\tz\n"

#### paste unequal lengths
printf '1\n2\n3\n' > a; printf 'x\n' > b; paste a b; paste b a
## stdout-json: "1\tx\n2\t\n3\t\nx\t1\n\t2\n\t3\n"

#### paste delimiter list cycles
printf '1\n2\n' > a; printf 'x\ny\n' > b; printf 'p\nq\n' > c; paste -d ',;' a b c
## STDOUT:
1,x;p
2,y;q
## END

#### paste empty delimiter
printf '1\n2\n' > a; printf 'x\ny\n' > b; paste -d '' a b
## STDOUT:
1x
2y
## END

#### paste backslash zero delimiter
printf '1\n2\n' > a; paste -d '\0' a a
## STDOUT:
11
22
## END

#### paste serial
printf '1\n2\n3\n' | paste -s
## stdout: 1	2	3

#### paste serial with delimiter
printf '1\n2\n3\n' | paste -sd,
## stdout: 1,2,3

#### paste serial several files
printf '1\n2\n' > a; printf 'x\ny\n' > b; paste -s -d ':' a b
## STDOUT:
1:2
x:y
## END

#### paste serial newline delimiter
printf '1\n2\n' > a; paste -s -d '\n' a a
## STDOUT:
1
2
1
2
## END

#### paste stdin columns
printf '1\n2\n3\n4\n5\n' | paste - - -
## stdout-json: "1\t2\t3\n4\t5\t\n"

#### paste stdin and file
printf 'x\ny\n' > b; printf '1\n2\n' | paste - b
## stdout-json: "1\tx\n2\ty\n"

#### paste no trailing newline
printf 'a' > a; printf 'b' > b; paste a b
## stdout: a	b

#### paste serial empty input
printf '' | paste -s; echo "[$?]"
## STDOUT:

[0]
## END

#### paste empty input
printf '' | paste; echo "[$?]"
## stdout: [0]

#### paste missing file
paste nope; echo $?
## stdout: 1
## stderr: paste: nope: No such file or directory

#### paste trailing backslash delimiter
paste -d '\' /dev/null; echo $?
## stdout: 1
## stderr: paste: delimiter list ends with an unescaped backslash: \

#### paste tab escape
printf '1\n2\n' | paste -d '\t' - -
## stdout: 1	2

#### paste zero terminated
printf 'a\0b\0' | paste -z -s -d , | tr '\0' '\n'
## stdout: a,b
