# Redirecting stdin from a directory.
# gap: `< dir` fails in the shell; bash opens it and cat reports "cat: -: Is a directory"
cat < src
echo "status $?"
