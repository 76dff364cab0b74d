# comm: compare two sorted files.

#### comm three columns
printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\n' > f2; comm f1 f2
## STDOUT:
a
		b
	c
		d
## END

#### comm suppress columns
printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\n' > f2; comm -12 f1 f2
## STDOUT:
b
d
## END

#### comm only first file
printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\n' > f2; comm -23 f1 f2
## stdout: a

#### comm only second file
printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\n' > f2; comm -13 f1 f2
## stdout: c

#### comm suppress third
printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\n' > f2; comm -3 f1 f2
## STDOUT:
a
	c
## END

#### comm output delimiter
printf 'a\nb\n' > f1; printf 'b\nc\n' > f2; comm --output-delimiter=, f1 f2
## STDOUT:
a
,,b
,c
## END

#### comm total
printf 'a\nb\n' > f1; printf 'b\nc\nd\n' > f2; comm --total f1 f2
## STDOUT:
a
		b
	c
	d
1	2	1	total
## END

#### comm stdin
printf 'a\nb\n' > f1; printf 'b\nc\n' | comm f1 -
## STDOUT:
a
		b
	c
## END

#### comm unsorted input warns
printf 'b\na\nc\n' > u; printf 'a\nb\n' > s; comm u s; echo "rc=$?"
## STDOUT:
	a
		b
a
c
rc=1
## END
## STDERR:
comm: file 1 is not in sorted order
comm: input is not in sorted order
## END

#### comm check order fails
printf 'b\na\nc\n' > u; printf 'a\nb\n' > s; comm --check-order u s; echo "rc=$?"
## STDOUT:
	a
		b
rc=1
## END
## stderr: comm: file 1 is not in sorted order

#### comm nocheck order
printf 'b\na\nc\n' > u; printf 'a\nb\n' > s; comm --nocheck-order u s; echo "rc=$?"
## STDOUT:
	a
		b
a
c
rc=0
## END

#### comm missing operand
comm a; echo $?
## stdout: 1
## STDERR:
comm: missing operand after ‘a’
Try 'comm --help' for more information.
## END

#### comm extra operand
comm a b c; echo $?
## stdout: 1
## STDERR:
comm: extra operand ‘c’
Try 'comm --help' for more information.
## END

#### comm missing file
printf 'a\n' > f1; comm f1 nope; echo $?
## stdout: 1
## stderr: comm: nope: No such file or directory

#### comm no trailing newline
printf 'a\nb' > f1; printf 'b' > f2; comm f1 f2
## STDOUT:
a
		b
## END

#### comm empty files
: > e1; : > e2; comm e1 e2; echo "[$?]"
## stdout: [0]

#### comm with sort and process substitution
comm -12 <(printf 'x\ny\n' | sort) <(printf 'y\nz\n' | sort)
## stdout: y
