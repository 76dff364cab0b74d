# Agent lists directories with common ls flags.
cd /tmp/cws
ls
ls -1 src
ls -a data
ls -A rust
ls -d src data
ls -F scripts src
ls -R src
ls src/*.py data/VERSION
ls -1 nope src; echo "rc $?"
ls -r data
ls -p .
ls -la data | awk '{print $1, $NF}'
