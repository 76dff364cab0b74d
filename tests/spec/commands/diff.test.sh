# diff: normal and unified formats, directories, options.

#### diff identical files
printf 'a\n' > a; printf 'a\n' > b; diff a b; echo "s $?"
## stdout: s 0

#### diff change
printf 'a\nb\nc\n' > a; printf 'a\nx\nc\n' > b; diff a b; echo "s $?"
## STDOUT:
2c2
< b
---
> x
s 1
## END

#### diff insert and delete
printf 'a\nc\n' > a; printf 'a\nb\nc\n' > b; diff a b; diff b a
## STDOUT:
1a2
> b
2d1
< b
## END
## status: 1

#### diff at start and end
printf 'b\nc\n' > a; printf 'a\nb\nc\nd\n' > b; diff a b
## STDOUT:
0a1
> a
2a4
> d
## END
## status: 1

#### diff ranges
printf 'a\nb\nc\nd\n' > a; printf 'x\ny\n' > b; diff a b
## STDOUT:
1,4c1,2
< a
< b
< c
< d
---
> x
> y
## END
## status: 1

#### diff duplicate line insertion
printf 'a\nb\nc\n' > a; printf 'a\nb\nb\nc\n' > b; diff a b
## STDOUT:
2a3
> b
## END
## status: 1

#### diff no newline at end of file
printf 'a\nb' > a; printf 'a\nb\n' > b; diff a b
## STDOUT:
2c2
< b
\ No newline at end of file
---
> b
## END
## status: 1

#### diff -u with labels
printf 'a\nb\nc\n' > a; printf 'a\nx\nc\n' > b; diff -u --label old --label new a b
## STDOUT:
--- old
+++ new
@@ -1,3 +1,3 @@
 a
-b
+x
 c
## END
## status: 1

#### diff -u header has timestamps
printf 'a\n' > a; printf 'b\n' > b; diff -u a b | head -n 2 | while IFS=$'\t' read -r n t; do [[ $t =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}\ \+0000$ ]] && echo "$n ok"; done
## STDOUT:
--- a ok
+++ b ok
## END

#### diff -u separate hunks
printf '%s\n' 1 2 3 4 5 6 7 8 9 10 11 12 > a; printf '%s\n' 1 2 x 4 5 6 7 8 9 10 11 y > b; diff -u a b | tail -n +3
## STDOUT:
@@ -1,6 +1,6 @@
 1
 2
-3
+x
 4
 5
 6
@@ -9,4 +9,4 @@
 9
 10
 11
-12
+y
## END

#### diff -U1 and -U0
printf '%s\n' 1 2 3 4 5 > a; printf '%s\n' 1 2 x 4 5 > b; diff -U1 a b | tail -n +3; diff -U0 a b | tail -n +3
## STDOUT:
@@ -2,3 +2,3 @@
 2
-3
+x
 4
@@ -3 +3 @@
-3
+x
## END

#### diff -u from and to empty
printf 'a\n' > a; : > e; diff -u a e | tail -n +3; diff -u e a | tail -n +3
## STDOUT:
@@ -1 +0,0 @@
-a
@@ -0,0 +1 @@
+a
## END

#### diff -u no newline marker
printf 'a\nb' > a; printf 'a\nc\n' > b; diff -u a b | tail -n +3
## STDOUT:
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+c
## END

#### diff -q and -s
printf 'a\n' > a; printf 'b\n' > b; diff -q a b; echo "s $?"; diff -s a a
## STDOUT:
Files a and b differ
s 1
Files a and a are identical
## END

#### diff ignore case and white space
printf 'A\nb  c\n' > a; printf 'a\nb c \n' > b; diff -i a b > /dev/null; echo "s $?"; diff -ib a b; echo "s $?"; diff -iw a b; echo "s $?"
## STDOUT:
s 1
s 0
s 0
## END

#### diff ignore blank lines
printf 'a\n\nb\n' > a; printf 'a\nb\n' > b; diff -B a b; echo "s $?"
## stdout: s 0

#### diff missing file
printf 'a\n' > a; diff a nope; echo "s $?"
## stdout: s 2
## stderr: diff: nope: No such file or directory

#### diff -N treats missing as empty
printf 'a\n' > a; diff -N nope a; echo "s $?"
## STDOUT:
0a1
> a
s 1
## END

#### diff binary files
printf 'a\0b' > a; printf 'a\0c' > b; diff a b; echo "s $?"
## STDOUT:
Binary files a and b differ
s 1
## END

#### diff directories
## file: da/x
1
## end
## file: db/x
2
## end
## file: da/only
o
## end
## file: da/sub/s
s
## end
## file: db/sub/s
t
## end
## file: db/y
y
## end
diff da db; echo "s $?"
## STDOUT:
Only in da: only
Common subdirectories: da/sub and db/sub
diff da/x db/x
1c1
< 1
---
> 2
Only in db: y
s 1
## END

#### diff -r recurses
## file: da/x
1
## end
## file: db/x
2
## end
## file: da/sub/s
s
## end
## file: db/sub/s
t
## end
## file: db/y
y
## end
diff -r da db; echo "s $?"; diff -rq da db
## STDOUT:
diff -r da/sub/s db/sub/s
1c1
< s
---
> t
diff -r da/x db/x
1c1
< 1
---
> 2
Only in db: y
s 1
Files da/sub/s and db/sub/s differ
Files da/x and db/x differ
Only in db: y
## END
## status: 1

#### diff -ruN with new file
## file: da/x
1
## end
## file: db/x
1
## end
## file: db/y
y
## end
diff -ruN da db | while IFS=$'\t' read -r l t; do echo "$l"; done
## STDOUT:
diff -ruN da/y db/y
--- da/y
+++ db/y
@@ -0,0 +1 @@
+y
## END

#### diff file against directory
## file: d/a
same
## end
printf 'same\n' > a; diff a d; echo "s $?"
## stdout: s 0

#### diff usage errors
diff a; echo "s $?"; diff a b c; echo "s $?"
## STDOUT:
s 2
s 2
## END
## STDERR:
diff: missing operand after 'a'
diff: Try 'diff --help' for more information.
diff: extra operand 'c'
diff: Try 'diff --help' for more information.
## END

#### diff stdin
printf 'a\n' > a; printf 'b\n' | diff a -
## STDOUT:
1c1
< a
---
> b
## END
## status: 1


#### diff slides an insertion down like GNU
printf 'c\n{\na\nb\nb\n}\na\nd\na\nb\n' > a; printf 'd\nb\nc\n{\na\nb\nb\nb\n}\na\na\na\nb\n' > b; diff a b; echo "s $?"
## STDOUT:
0a1,2
> d
> b
5a8
> b
8c11
< d
---
> a
s 1
## END

#### diff deletion before a common suffix
printf 'x\n{\nc\nc\n' > a; printf 'y\n{\nc\n' > b; diff a b; diff -u a b | tail -n +3
## STDOUT:
1c1
< x
---
> y
3d2
< c
@@ -1,4 +1,3 @@
-x
+y
 {
 c
-c
## END

#### diff a replacement merges with a later insertion
printf 'c\nb\n}\nc\nx\n' > a; printf 'c\nb\nc\nc\na\nx\n' > b; diff a b
## STDOUT:
3d2
< }
4a4,5
> c
> a
## END
## status: 1

#### diff -c context format
printf 'a\nb\nc\nd\n' > a; printf 'a\nx\nc\nd\ne\n' > b; diff -c --label A --label B a b
## STDOUT:
*** A
--- B
***************
*** 1,4 ****
  a
! b
  c
  d
--- 1,5 ----
  a
! x
  c
  d
+ e
## END
## status: 1

#### diff -C1 deletion only
printf '1\n2\n3\n4\n5\n' > a; printf '1\n2\n4\n5\n' > b; diff -C1 a b | tail -n +3
## STDOUT:
***************
*** 2,4 ****
  2
- 3
  4
--- 2,3 ----
## END

#### diff picks GNU's script among equal-cost ones
printf 'b\n}\n\n  foo();\nreturn 0;\nb\nx\n' > a; printf 'x\n}\nb\n\n\nreturn 0;\nx\nb\n' > b; diff a b
## STDOUT:
1c1
< b
---
> x
2a3,4
> b
> 
4d5
<   foo();
6d6
< b
7a8
> b
## END
## status: 1

#### diff -r -x excludes names
## file: xa/.git/h
1
## end
## file: xb/.git/h
2
## end
## file: xa/k.o
a
## end
## file: xb/k.o
b
## end
## file: xa/m
s
## end
## file: xb/m
t
## end
diff -r -x .git -x '*.o' xa xb
## STDOUT:
diff -r -x .git -x '*.o' xa/m xb/m
1c1
< s
---
> t
## END
## status: 1

#### side by side
## file: l
alpha
	beta
gamma
x
## end
## file: r
alpha
BETA
gamma
new
last
## end
diff -y l r | cat -A; echo "status ${PIPESTATUS[0]}"
## STDOUT:
alpha^I^I^I^I^I^I^I^Ialpha$
^Ibeta^I^I^I^I^I^I      |^IBETA$
gamma^I^I^I^I^I^I^I^Igamma$
x^I^I^I^I^I^I^I      |^Inew$
^I^I^I^I^I^I^I      >^Ilast$
status 1
## END

#### side by side width and suppress common lines
## file: l
alpha
	beta
gamma
x
## end
## file: r
alpha
BETA
gamma
new
last
## end
diff -y -W 40 --suppress-common-lines l r | cat -A
## STDOUT:
^Ibeta^I   |^IBETA$
x^I^I   |^Inew$
^I^I   >^Ilast$
## END

#### side by side expanded tabs
## file: l
alpha
	beta
gamma
x
## end
## file: r
alpha
BETA
gamma
new
## end
diff -yt -W30 l r
## STDOUT:
alpha            alpha
        beta  |  BETA
gamma            gamma
x             |  new
## END
## status: 1

#### side by side identical files
## file: l
a
b
## end
diff -y l l | cat -A; echo "status ${PIPESTATUS[0]}"
## STDOUT:
a^I^I^I^I^I^I^I^Ia$
b^I^I^I^I^I^I^I^Ib$
status 0
## END

#### side by side deleted lines and missing newline
printf 'one\ntwo\nthree\nfour' > l; printf 'one\nthree\nfour\n' > r
diff --width=50 -y l r | cat -A
## STDOUT:
one^I^I^Ione$
two^I^I      <$
three^I^I^Ithree$
four^I^I      \^Ifour$
## END

#### obsolete context length in an option cluster
## file: l
a
b
c
d
e
## end
## file: r
a
b
X
d
e
## end
diff -u1 --label l --label r l r; diff -2c --label l --label r l r
## STDOUT:
--- l
+++ r
@@ -2,3 +2,3 @@
 b
-c
+X
 d
*** l
--- r
***************
*** 1,5 ****
  a
  b
! c
  d
  e
--- 1,5 ----
  a
  b
! X
  d
  e
## END
## status: 1
