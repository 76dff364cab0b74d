# Agent links directories and walks through them.
cd /tmp/cws
ln -s src srclink
ls srclink
ls -l srclink | awk '{print $(NF-2), $(NF-1), $NF}'
find srclink -name '*.py' | sort
find -L srclink -name '*.py' | sort
cat srclink/util/strings.py | head -1
ln -sfn data srclink && ls srclink
ln -s /tmp/cws/nope dangling
test -e dangling; echo "exists $?"
test -L dangling; echo "link $?"
cat dangling; echo "rc $?"
rm srclink dangling && ls srclink; echo "rc $?"
