# Agent compares binary-ish files with cmp.
cd /tmp/cws
printf 'abcdef' > x1; printf 'abXdef' > x2; printf 'abc' > x3
cmp x1 x2; echo "rc $?"
cmp -l x1 x2; echo "rc $?"
cmp x1 x3; echo "rc $?"
cmp -s x1 x1 && echo same
cmp -n 2 x1 x2; echo "rc $?"
cmp x1 nope; echo "rc $?"
cmp -b x1 x2; echo "rc $?"
