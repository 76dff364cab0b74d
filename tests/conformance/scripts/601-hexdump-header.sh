# Agent inspects the first bytes of files to identify their format.
cd /tmp/cws
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00' > build/icon.png
xxd -l 16 build/icon.png
od -A x -t x1z -N 16 build/icon.png
head -c 8 build/icon.png | od -c
xxd -p -l 4 build/icon.png
file build/icon.png data/config.json README.md scripts/build.sh
head -c 4 src/main.py | xxd
od -An -c -N 12 data/app.log
