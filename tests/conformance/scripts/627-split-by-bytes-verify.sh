# Agent splits a file into fixed-size parts for upload and checks them.
cd /tmp/cws/build
cat ../data/*.log > all.log
wc -c < all.log
split -b 500 -d -a 2 all.log up_
ls up_*
wc -c up_* | tail -1
cat up_* | md5sum
md5sum < all.log
split -n 4 all.log four_
wc -c four_*
split -l 0 all.log; echo "status=$?"
