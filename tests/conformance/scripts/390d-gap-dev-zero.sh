# Agent creates a zero-filled test file.
# gap: /dev/zero reads as empty (read_files' special case); head -c N /dev/zero should give N NUL bytes
cd /tmp/cws
head -c 100 /dev/zero > blob.bin
wc -c blob.bin
cat /dev/zero | head -c 5 | od -An -c
