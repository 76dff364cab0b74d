# Agent mistypes a file name with a trailing slash.
cd /tmp/cws
wc -l README.md/; echo "rc $?"
head -1 README.md/; echo "rc $?"
