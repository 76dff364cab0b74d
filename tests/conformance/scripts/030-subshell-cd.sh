# Subshells keep cd and variables local.
x=outer
( cd src/util && echo "in: $PWD"; x=inner; echo "x=$x" )
echo "out: $PWD x=$x"
(cd nope) 2>&1
echo "status $?"
( exit 7 ); echo "subshell exit: $?"
result=$(cd rust && for f in src/*; do echo "${f##*/}"; done)
echo "result: $result"
echo "still in: $PWD"
