# Agent wraps long lines for a commit message.
cd /tmp/cws/build
msg="Refactor the parser module so that tokens carry their spans and errors point at the right column in the source"
echo "$msg" | fold -w 30
echo "$msg" | fold -s -w 30
echo "$msg" | fold -s -w 30 | awk '{ print length }'
printf 'abcdefghij\n' | fold -b -w 4
fold -w 0 /dev/null; echo "status=$?"
