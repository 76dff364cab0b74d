# ${var?} errors and bad substitutions.
: "${HOME:?HOME must be set}"
echo "home ok"
f() { echo "${1:?first argument required}"; }
f hello
( f )
echo "subshell status $?"
( echo "${NOPE?is unset}" )
echo "status $?"
( : ${NOPE2:?} )
echo "status $?"
arr=(a b)
echo "${arr[5]:-none}"
( echo "${x:0:-9}" )
echo "status $?"
