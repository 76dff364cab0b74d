# nl: number lines.

#### nl numbers non-empty lines by default
printf 'a\n\nb\n' | nl | cat -A
## STDOUT:
     1^Ia$
       $
     2^Ib$
## END

#### nl -ba numbers all lines
printf 'a\n\nb\n' | nl -ba
## STDOUT:
     1	a
     2	
     3	b
## END

#### nl formats and width and separator
printf 'a\nb\n' | nl -nln -w3 -s:; printf 'a\nb\n' | nl -nrz -w4; printf 'a\n' | nl -nrn -w2 -s' '
## STDOUT:
1  :a
2  :b
0001	a
0002	b
 1 a
## END

#### nl start and increment
printf 'a\nb\nc\n' | nl -v 10 -i 5
## STDOUT:
    10	a
    15	b
    20	c
## END

#### nl no body numbering
printf 'a\nb\n' | nl -bn
## STDOUT:
       a
       b
## END

#### nl regex style
printf 'apple\nbanana\navocado\n' | nl -b 'p^a'
## STDOUT:
     1	apple
       banana
     2	avocado
## END

#### nl continues numbering across files
printf 'a\n' > f; printf 'b\n' > g; nl f g
## STDOUT:
     1	a
     2	b
## END

#### nl adds a final newline
printf 'a\nb' | nl
## STDOUT:
     1	a
     2	b
## END

#### nl sections reset numbering
printf '\\:\\:\\:\nh\n\\:\\:\nb\nc\n\\:\nf\n' | nl -ha -fa
## STDOUT:

     1	h

     1	b
     2	c

     1	f
## END

#### nl join blank lines
printf 'a\n\n\n\nb\n' | nl -ba -l2
## STDOUT:
     1	a
       
     2	
       
     3	b
## END

#### nl invalid style
nl -b x; echo "s $?"
## stdout: s 1
## STDERR:
nl: invalid body numbering style: ‘x’
Try 'nl --help' for more information.
## END

#### nl invalid width
nl -w 0; echo "s $?"
## stdout: s 1
## stderr: nl: invalid line number field width: ‘0’: Numerical result out of range

#### nl missing file
nl nope; echo "s $?"
## stdout: s 1
## stderr: nl: nope: No such file or directory
