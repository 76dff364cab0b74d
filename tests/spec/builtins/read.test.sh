# read: -r -a -d -p -n -s, IFS, REPLY, status at end of input.

#### read one line
read -r line <<< "hello world"; echo "$line"
## stdout: hello world

#### read splits into variables
read -r a b c <<< "1 2 3 4"; echo "$a|$b|$c"
## stdout: 1|2|3 4

#### fewer words than variables
read -r a b c <<< "only"; echo "$a|$b|$c"
## stdout: only||

#### REPLY without a variable name
read -r <<< "  spaced  "; echo "[$REPLY]"
## stdout: [  spaced  ]

#### leading and trailing whitespace trimmed with a name
read -r v <<< "  spaced  "; echo "[$v]"
## stdout: [spaced]

#### IFS empty keeps whitespace
IFS= read -r v <<< "  spaced  "; echo "[$v]"
## stdout: [  spaced  ]

#### without -r backslashes escape
read v <<< 'a\tb\\c'; echo "$v"
## stdout: atb\c

#### with -r backslashes are kept
read -r v <<< 'a\tb\\c'; echo "$v"
## stdout: a\tb\\c

#### without -r a trailing backslash continues the line
printf 'one \\\ntwo\n' | { read v; echo "$v"; }
## stdout: one two

#### status at end of input is one
read -r v < /dev/null; echo "status $? [$v]"
## stdout: status 1 []

#### last line without newline still reads but fails
printf 'last' | { read -r v; echo "status $? [$v]"; }
## stdout: status 1 [last]

#### while read handles a final line without newline
printf 'a\nb' | { while read -r l || [ -n "$l" ]; do echo "<$l>"; done; }
## STDOUT:
<a>
<b>
## END

#### read -a into an array
read -r -a arr <<< "x y z"; echo "${#arr[@]} ${arr[2]}"
## stdout: 3 z

#### read -d with a custom delimiter
read -r -d , v <<< "first,second"; echo "$v"
## stdout: first

#### read -d empty reads until NUL
printf 'a\nb\0c' | { read -r -d '' v; echo "[$v]"; }
## STDOUT:
[a
b]
## END

#### read -n reads a number of characters
read -r -n 3 v <<< "abcdef"; echo "$v"
## stdout: abc

#### read -N reads exactly a number of characters
read -r -N 4 v <<< "ab cdef"; echo "[$v]"
## stdout: [ab c]

#### read -p prompt goes to stderr only for a terminal
read -r -p "prompt: " v <<< "answer"; echo "$v"
## stdout: answer

#### read from a file line by line
## file: lines.txt
one
two
three
## end
n=0; while read -r l; do n=$((n+1)); echo "$n:$l"; done < lines.txt
## STDOUT:
1:one
2:two
3:three
## END

#### read with IFS colon
IFS=: read -r user pass uid <<< "root:x:0:0"; echo "$user $uid"
## stdout: root 0:0

#### read in a pipeline does not affect the shell
echo piped | read -r v; echo "[${v-unset}]"
## stdout: [unset]

#### read an empty line
read -r v <<< ""; echo "status $? [$v]"
## stdout: status 0 []

#### read invalid option
read -q v; echo "status $?"
## stdout: status 2
## STDERR:
bash: line 1: read: -q: invalid option
read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]
## END

#### read -s silent still reads
read -r -s v <<< "secret"; echo "$v"
## stdout: secret

#### read -t timeout returns data when available
read -r -t 1 v <<< "quick"; echo "$v"
## stdout: quick

#### read -u from a descriptor
## file: f
fromfd
## end
exec 3< f; read -r -u 3 v; echo "$v"
## stdout: fromfd

#### read into an invalid name
read -r 1abc <<< x; echo "status $?"
## stdout: status 1
## stderr: bash: line 1: read: `1abc': not a valid identifier

#### read the whole file into a variable
## file: f
a
b
## end
IFS= read -r -d '' content < f; printf '%s' "$content"
## STDOUT:
a
b
## END
