# Agent writes the same output to several files.
cd /tmp/cws
grep -rh "def" src | sort | tee build/a.txt build/b.txt | wc -l
cmp build/a.txt build/b.txt && echo identical
echo extra | tee -a build/a.txt >/dev/null
wc -l build/a.txt build/b.txt
echo x | tee nodir/f; echo "rc $?"
echo y | tee; echo "rc $?"
