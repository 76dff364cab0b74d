# Agent copies, moves and removes files the way a refactor does.
cd /tmp/cws
mkdir -p lib && cp -v src/util/*.py lib/
cp -r src/util lib/util2 && ls lib | sort
cp -a data data.orig && ls data.orig | wc -l
cp -n data/VERSION lib/VERSION; cp -n README.md lib/VERSION; head -c 20 lib/VERSION; echo
touch -d '2000-01-01' lib/VERSION; cp -u data/VERSION lib/VERSION; cat lib/VERSION
mv lib/util2 lib/helpers && ls lib
mv -n README.md lib/VERSION; ls README.md
mv -v lib/strings.py lib/helpers/ 2>&1
mv nope lib/ 2>&1; echo "rc $?"
rm -v lib/__init__.py
rm -rf lib data.orig; ls -d lib data.orig 2>&1; echo "rc $?"
rm nope; echo "rc $?"
rm -f nope; echo "rc $?"
rm src 2>&1; echo "rc $?"
rmdir build && echo removed
mkdir -p a/b/c && rm -r a && ls a 2>&1
