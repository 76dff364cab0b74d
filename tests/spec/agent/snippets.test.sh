# Agent-style snippets: what an LLM agent typically writes.

#### loop over files with a glob
## file: src/a.rs
fn a() {}
## end
## file: src/b.rs
fn b() {}
## end
## file: src/notes.md
notes
## end
for f in src/*.rs; do echo "== $f"; cat "$f"; done
## STDOUT:
== src/a.rs
fn a() {}
== src/b.rs
fn b() {}
## END

#### count files matching a glob
## file: logs/1.log
## end
## file: logs/2.log
## end
## file: logs/x.txt
## end
files=(logs/*.log); echo "${#files[@]} log files"
## stdout: 2 log files

#### handle no matches safely with nullglob
shopt -s nullglob; files=(*.none); if [ ${#files[@]} -eq 0 ]; then echo "no files"; fi
## stdout: no files

#### skip the literal pattern when nothing matches
for f in *.none; do [ -e "$f" ] || continue; echo "$f"; done; echo done
## stdout: done

#### while read over a file with line numbers
## file: todo.txt
buy milk
write tests

fix bug
## end
n=0; while IFS= read -r line; do n=$((n+1)); [ -z "$line" ] && continue; echo "$n: $line"; done < todo.txt
## STDOUT:
1: buy milk
2: write tests
4: fix bug
## END

#### parse key value config
## file: app.conf
# comment
name = mirage
port = 8080
## end
while IFS='=' read -r k v; do k=${k// /}; v=${v# }; case $k in ''|\#*) continue;; esac; echo "[$k] [$v]"; done < app.conf
## STDOUT:
[name] [mirage]
[port] [8080]
## END

#### command substitution in a condition
## file: version.txt
1.2.3
## end
if [ "$(cat version.txt)" = "1.2.3" ]; then echo "version ok"; fi
## stdout: version ok

#### function with local and a return value
is_even() { local n=$1; (( n % 2 == 0 )); }
for i in 1 2 3 4; do if is_even $i; then echo "$i even"; else echo "$i odd"; fi; done
## STDOUT:
1 odd
2 even
3 odd
4 even
## END

#### function returning data on stdout
join_by() { local IFS="$1"; shift; echo "$*"; }
join_by , a b c; join_by / x y
## STDOUT:
a,b,c
x/y
## END

#### string manipulation on file names
path=/var/log/app/server.log.gz
echo "dir=${path%/*} base=${path##*/} ext=${path##*.} stem=${path##*/}"; b=${path##*/}; echo "${b%%.*}"
## STDOUT:
dir=/var/log/app base=server.log.gz ext=gz stem=server.log.gz
server
## END

#### upper and lower case conversions
name="Hello World"; echo "${name^^} ${name,,} ${name// /_}"
## stdout: HELLO WORLD hello world Hello_World

#### check a required variable
check() { : "${1:?missing argument}"; echo "got $1"; }; check x; (check) ; echo "status $?"
## STDOUT:
got x
status 1
## END
## stderr: environment: line 1: 1: missing argument

#### accumulate into an array and print with a separator
out=(); for w in alpha beta gamma; do out+=("${w:0:1}"); done; (IFS=,; echo "${out[*]}")
## stdout: a,b,g

#### default values for options
verbose=${VERBOSE:-0}; level=${LEVEL:=info}; echo "$verbose $level $LEVEL"
## stdout: 0 info info

#### create a file with a heredoc then read it back
cat > report.txt <<EOF
total: $((2 + 3))
user: ${USER:-agent}
EOF
cat report.txt
## STDOUT:
total: 5
user: agent
## END

#### append lines in a loop then count them
for i in 1 2 3; do echo "line $i" >> out.txt; done; mapfile -t lines < out.txt; echo "${#lines[@]} lines, last: ${lines[-1]}"
## stdout: 3 lines, last: line 3

#### error handling with or and a message
cat missing.txt 2>/dev/null || echo "could not read missing.txt" >&2; echo "continuing"
## stdout: continuing
## stderr: could not read missing.txt

#### set -euo pipefail preamble
set -euo pipefail
name=${1:-default}
echo "hello $name"
false | true
echo unreachable
## stdout: hello default
## status: 1

#### retry loop with a counter
attempt=0; until [ $attempt -ge 3 ]; do attempt=$((attempt+1)); echo "try $attempt"; [ $attempt -eq 2 ] && break; done
## STDOUT:
try 1
try 2
## END

#### case on command line flags
set -- -v --name=x file; for a in "$@"; do case $a in -v) echo verbose;; --name=*) echo "name ${a#*=}";; -*) echo "unknown $a";; *) echo "arg $a";; esac; done
## STDOUT:
verbose
name x
arg file
## END

#### associative array counting from a file
## file: words.txt
apple
pear
apple
fig
apple
## end
declare -A count; while read -r w; do count[$w]=$(( ${count[$w]:-0} + 1 )); done < words.txt; for k in apple fig pear; do echo "$k ${count[$k]}"; done
## STDOUT:
apple 3
fig 1
pear 1
## END

#### printf table
printf '%-6s|%4s\n' name qty apple 3 kiwi 12
## STDOUT:
name  | qty
apple |   3
kiwi  |  12
## END

#### test for file existence before writing
## file: exists.txt
old
## end
for f in exists.txt new.txt; do if [ -f "$f" ]; then echo "$f exists"; else echo created > "$f"; echo "$f created"; fi; done; cat new.txt
## STDOUT:
exists.txt exists
new.txt created
created
## END

#### trim whitespace from a variable
v="   padded   "; v="${v#"${v%%[![:space:]]*}"}"; v="${v%"${v##*[![:space:]]}"}"; echo "[$v]"
## stdout: [padded]

#### split a path variable
p=/usr/bin:/bin:/opt/tool/bin; IFS=: read -r -a parts <<< "$p"; for d in "${parts[@]}"; do echo "$d"; done
## STDOUT:
/usr/bin
/bin
/opt/tool/bin
## END

#### nested command substitutions and arithmetic
n=$(( $(printf '%s\n' a b c | { c=0; while read -r _; do c=$((c+1)); done; echo $c; }) * 10 )); echo $n
## stdout: 30

#### cleanup trap in a script
tmp=work.tmp; trap 'echo "cleanup $tmp"' EXIT; echo data > "$tmp"; cat "$tmp"
## STDOUT:
data
cleanup work.tmp
## END
