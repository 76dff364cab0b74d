# Create, copy, move and remove files.
cd /tmp/cws/build
mkdir -p out/a/b
cp ../data/items.csv out/a/
cp -r ../src out/src-copy
mv out/a/items.csv out/a/b/inventory.csv
find out | sort
rm -r out/src-copy
rm out/nope; echo "status $?"
rmdir out/a; echo "status $?"
ls -R out
