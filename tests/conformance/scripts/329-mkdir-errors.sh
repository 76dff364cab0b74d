# Agent creates directories and hits errors.
cd /tmp/cws
mkdir a/b; echo "rc $?"
mkdir README.md; echo "rc $?"
mkdir -p README.md/x; echo "rc $?"
mkdir -v one two
mkdir; echo "rc $?"
mkdir -p "with space/inner" && ls -d with*
rmdir nope; echo "rc $?"
rmdir README.md; echo "rc $?"
rmdir -p with\ space/inner && ls -d with* ; echo "rc $?"
rmdir --ignore-fail-on-non-empty src; echo "rc $?"
