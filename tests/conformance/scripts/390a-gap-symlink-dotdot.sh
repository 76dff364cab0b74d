# Agent goes up from inside a symlinked directory with `..` in a command's path.
# gap: command paths are folded lexically (link/.. is the link's parent); the kernel resolves the link first
cd /tmp/cws
ln -s src/util u
ls u/../
cat u/../main.py | head -1
test u -ef src/util && echo same
