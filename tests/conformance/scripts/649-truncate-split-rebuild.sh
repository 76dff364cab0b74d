# Agent pads a file to a block size, splits it into blocks and rebuilds it.
cd /tmp/cws/build
cp ../data/access.log blocks.dat
truncate -s %512 blocks.dat
wc -c < blocks.dat
split -b 512 -d blocks.dat blk.
ls blk.*
cat blk.* | cmp - blocks.dat && echo "rebuilt"
tail -c 16 blocks.dat | od -An -c
truncate -s -1 nosuchdir/x; echo "status=$?"
