# Environment and command lookup.
env -i FOO=bar env
printenv HOME
FOO=1 env | grep '^FOO='
which cat grep | sed 's|.*/||'
command -v sed >/dev/null && echo have-sed
