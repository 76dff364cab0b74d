# Agent mistypes a file name with a trailing slash.
# gap: head and wc read `file/` as the file (open(2) fails with ENOTDIR); cat/grep/cp/mv/rm/test are fixed
cd /tmp/cws
wc -l README.md/; echo "rc $?"
head -1 README.md/; echo "rc $?"
