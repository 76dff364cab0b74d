# column: util-linux column.

#### column table
printf 'a b c\nlonger x y\n' | column -t
## STDOUT:
a       b  c
longer  x  y
## END

#### column table merges blanks
printf 'a   b  c\n  x y\n' | column -t
## STDOUT:
a  b  c
x  y  
## END

#### column table separator and output separator
printf 'a:b\nccc:d\n' | column -t -s: -o ' | '
## STDOUT:
a   | b
ccc | d
## END

#### column table explicit separator keeps empty cells
printf 'a,,b\nc,d,e\n' | column -t -s,
## STDOUT:
a     b
c  d  e
## END

#### column table tab separator
printf 'name\tage\nbob\t30\n' | column -t -s $'\t'
## STDOUT:
name  age
bob   30
## END

#### column table short rows padded
printf 'a b\nc\n' | column -t | cat -A
## STDOUT:
a  b$
c  $
## END

#### column table header names
printf 'a b\nc d\n' | column -t -N X,Y
## STDOUT:
X  Y
a  b
c  d
## END

#### column table right align
printf 'a 1\nbb 222\n' | column -t -R 2
## STDOUT:
a     1
bb  222
## END

#### column table hide column
printf 'a 1 x\nbb 2 y\n' | column -t -H 2
## STDOUT:
a   x
bb  y
## END

#### column table skips empty lines
printf 'one 1\n\ntwo 2\n' | column -t
## STDOUT:
one  1
two  2
## END

#### column table keep empty lines
printf 'a b\n\nc d\n' | column -t -L | cat -A
## STDOUT:
a  b$
   $
c  d$
## END

#### column table utf8 widths
printf 'é b\nxx y\n' | column -t
## STDOUT:
é   b
xx  y
## END

#### column table column limit
printf 'a b c d\n' | column -t -l 2
## stdout: a  b c d

#### column fill columns
seq 1 30 | column
## STDOUT:
1	4	7	10	13	16	19	22	25	28
2	5	8	11	14	17	20	23	26	29
3	6	9	12	15	18	21	24	27	30
## END

#### column fill rows
seq 1 30 | column -x
## STDOUT:
1	2	3	4	5	6	7	8	9	10
11	12	13	14	15	16	17	18	19	20
21	22	23	24	25	26	27	28	29	30
## END

#### column output width
seq 1 12 | column -c 20
## STDOUT:
1	7
2	8
3	9
4	10
5	11
6	12
## END

#### column long entries
printf 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nb\nc\nd\n' | column
## STDOUT:
aaaaaaaaaaaaaaaaaaaaaaaaaaaaa	c
b				d
## END

#### column entry wider than screen
printf '%s\n' aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b | column
## STDOUT:
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
b
## END

#### column file operand
printf 'k v\nkey value\n' > f; column -t f
## STDOUT:
k    v
key  value
## END

#### column missing file
column nope; echo $?
## stdout: 1
## stderr: column: nope: No such file or directory

#### column table and fill rows
column -t -x /dev/null; echo $?
## stdout: 1
## stderr: column: mutually exclusive arguments: --table --fillrows

#### column empty input
printf '' | column; echo "[$?]"
## stdout: [0]

#### column mount style
printf '/dev/sda1 / ext4 rw\n/dev/sdb10 /home xfs rw,noatime\n' | column -t
## STDOUT:
/dev/sda1   /      ext4  rw
/dev/sdb10  /home  xfs   rw,noatime
## END

#### column fill rows narrow width
printf 'abcdefghijklmnopqrs\nb\n' | column -c 20 -x | cat -A
## stdout: abcdefghijklmnopqrs^Ib$

#### column entry as wide as the width
printf 'abcdefghijklmnopqrst\nb\n' | column -c 20 -x | cat -A
## STDOUT:
abcdefghijklmnopqrst$
b$
## END

#### column fill rows last entry
printf 'aa\nbb\ncc\n' | column -x | cat -A
## stdout: aa^Ibb^Icc$

#### column table header with no data
printf '' | column -t -N A,B; echo "[$?]"
## stdout: [0]

#### column table tab counts zero width
printf '\tx\nhello world\n' | column -t -s ' ' | cat -A
## STDOUT:
^Ix      $
hello  world$
## END

#### JSON output: names, missing and empty cells are null, hidden columns left out
printf '1 2\n3\n4  \n' | column -J -N a,b,c -H c -n rows
printf 'x,\n' | column -J -s, -N a,b
## STDOUT:
{
   "rows": [
      {
         "a": "1",
         "b": "2"
      },{
         "a": "3",
         "b": null
      },{
         "a": "4",
         "b": null
      }
   ]
}
{
   "table": [
      {
         "a": "x",
         "b": null
      }
   ]
}
## END

#### JSON output needs the column names
printf '1 2\n' | column -J; echo "st=$?"
printf '1 2 3\n' | column -J -N a,b; echo "st=$?"
## STDOUT:
st=1
st=1
## END
## STDERR:
column: option --table-columns required for --json
column: line 2: for JSON the name of the column 3 is required
## END
