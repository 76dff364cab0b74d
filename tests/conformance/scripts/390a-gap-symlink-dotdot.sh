# Agent goes up from inside a symlinked directory with `..` in a command's path.
cd /tmp/cws
ln -s src/util u
ls u/../
cat u/../main.py | head -1
test u -ef src/util && echo same
