# Agent patches a byte in a binary via an xxd round trip.
cd /tmp/cws/build
printf 'MAGIC\x01\x00\x00config-v1\n' > blob.bin
xxd blob.bin
xxd blob.bin | sed 's/0100 00/0200 00/' | xxd -r > patched.bin
xxd -s 5 -l 3 patched.bin
cmp -l blob.bin patched.bin
xxd -p blob.bin | tr -d '\n' | wc -c
xxd -p blob.bin | xxd -r -p | cmp - blob.bin && echo roundtrip
xxd -i blob.bin | head -3
xxd -c 8 -g 1 blob.bin
