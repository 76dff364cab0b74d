# set -x with a custom PS4 and functions.
PS4='+ [${LINENO}] '
f() { local x=$1; echo "f got $x"; }
set -x
f 'a b'
y=$(echo sub)
echo "$y" 'quoted arg' ''
set +x
