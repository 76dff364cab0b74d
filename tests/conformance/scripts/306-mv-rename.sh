# Agent renames files in bulk.
cd /tmp/cws
mkdir work
for i in 1 2 3; do echo "line $i" > work/f$i.txt; done
for f in work/*.txt; do mv "$f" "${f%.txt}.log"; done
ls work
mv -v work/f1.log work/first.log
mv work/nope work/x; echo "rc $?"
mkdir work/sub
mv work/f2.log work/f3.log work/sub/
ls -R work
mv work/sub work/moved && ls work
mv -n work/first.log work/moved/f2.log; echo "rc $?"
cat work/first.log
mv work work; echo "rc $?"
