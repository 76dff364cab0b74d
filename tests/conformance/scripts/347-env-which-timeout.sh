# Agent uses env, which and timeout to run commands.
cd /tmp/cws
env -i FOO=bar printenv FOO
env FOO=1 sh -c 'echo $FOO'
which ls grep sed
which nope; echo "rc $?"
timeout 5 grep -c def src/main.py
timeout 1 sleep 3; echo "rc $?"
env -u HOME printenv HOME; echo "rc $?"
command -v find
