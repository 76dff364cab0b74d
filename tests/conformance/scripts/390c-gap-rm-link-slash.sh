# Agent removes a symlinked directory with a trailing slash.
# gap: GNU rm -r link/ empties the target directory then fails with 'Not a directory'; mirage removes the link
cd /tmp/cws
ln -s src srcl
rm -r srcl/; echo "rc $?"
ls src | wc -l
