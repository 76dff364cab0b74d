# Agent scaffolds a directory tree and copies files into it.
cd /tmp/cws
mkdir -p out/a/b/c && echo made
mkdir -pv out/x/y
mkdir out/a; echo "rc $?"
cp -r src out/src-copy
find out -type f | sort
cp -v data/VERSION out/
cp data/VERSION data/items.csv out/a
ls out/a
cp data out/; echo "rc $?"
cp -R data out/data2 && ls out/data2
cp nope out/; echo "rc $?"
cp data/VERSION; echo "rc $?"
rmdir out/x/y out/x && echo removed
rmdir out/a; echo "rc $?"
rm -rv out/a/b
rm -r out
ls out; echo "rc $?"
