# Agent copies with -n, -u, -i and -a variants.
cd /tmp/cws
echo one > a.txt; echo two > b.txt
cp -n a.txt b.txt; cat b.txt
cp -a src src-archive && find src-archive | sort
cp -p scripts/build.sh b2.sh && stat -c '%a' b2.sh
cp -t build a.txt b.txt && ls build
cp a.txt build/ b.txt; echo "rc $?"
cp -r nope build/; echo "rc $?"
cp src build; echo "rc $?"
cp a.txt a.txt; echo "rc $?"
mkdir d1 && cp -r src/util d1 && ls d1/util
cp a.txt nodir/x.txt; echo "rc $?"
