# Agent reads error messages of file commands.
cd /tmp/cws
ls nope
find nope
stat nope
mv nope x
ln -s a README.md
touch nodir/x
realpath nope
du nope
cp -r src src/inner
mv src src/inner
rm -r .
rm -r ..
rm /tmp/cws/nope/x
mkdir src/main.py/x
cat src
head src
wc src
grep x src
