# Looking at bytes.
printf 'AB\tc\n' | od -c
printf 'hi\n' | xxd
printf 'hi\n' | od -An -tx1
cat -A /tmp/cws/.editorconfig | head -3
