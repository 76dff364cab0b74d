# Agent cleans up, hitting rm errors.
cd /tmp/cws
rm build; echo "rc $?"
rm -d build && echo "dir gone"
rm -f nope; echo "rc $?"
rm nope1 nope2; echo "rc $?"
rm src; echo "rc $?"
rm -r; echo "rc $?"
mkdir -p tmp/a && touch tmp/a/f
rmdir tmp/a; echo "rc $?"
rm -rf tmp && ls tmp; echo "rc $?"
rm -i 2>&1 </dev/null; echo "rc $?"
