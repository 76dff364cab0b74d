# Agent merges one folder tree into another and checks the result.
cd /tmp/cws
mkdir -p dest/util && echo old > dest/util/strings.py && echo keep > dest/extra.txt
cp -r src/. dest/
find dest -type f | sort
cat dest/util/strings.py | head -1
cp -rn data dest/ && ls dest/data | wc -l
echo changed > dest/data/VERSION
cp -ru data dest/ && cat dest/data/VERSION
cp -r data dest/data2 && cp -r data dest/data2 && find dest/data2 -maxdepth 1 -type d | sort
cp -rv docs dest/ | sort
cp -a --parents src/util/strings.py dest/ && find dest/src -type f
mv dest/docs dest/data && ls dest/data | sort
mv dest/data2 dest/data; echo "rc $?"
rm -r dest && ls -d dest 2>&1
