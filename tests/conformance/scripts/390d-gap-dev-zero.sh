# Agent creates a zero-filled test file.
cd /tmp/cws
head -c 100 /dev/zero > blob.bin
wc -c blob.bin
cat /dev/zero | head -c 5 | od -An -c
