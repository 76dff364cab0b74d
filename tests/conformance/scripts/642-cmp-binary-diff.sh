# Agent compares two builds of a binary and reports differing bytes.
cd /tmp/cws/build
printf 'HEADER\x00\x01\x02\x03payload-one' > v1.bin
printf 'HEADER\x00\x01\x09\x03payload-two' > v2.bin
cmp v1.bin v2.bin; echo "status=$?"
cmp -l v1.bin v2.bin
cmp -b v1.bin v2.bin
cmp -n 8 v1.bin v2.bin && echo "first 8 bytes equal"
cmp -i 10 v1.bin v2.bin; echo "status=$?"
cmp v1.bin; echo "status=$?"
