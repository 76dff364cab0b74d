# Agent makes zero-filled and sized test files.
cd /tmp/cws
head -c 100 /dev/zero > blob.bin
wc -c blob.bin
cat /dev/zero | head -c 5 | od -An -c
head -c 8 < /dev/zero | od -An -tx1
tr '\0' '=' < /dev/zero | head -c 30; echo
printf 'x%.0s' $(seq 5) > five; cat /dev/null >> five; wc -c < five
truncate -s 1K sparse.dat; stat -c '%s %n' sparse.dat
od -An -c -N 4 sparse.dat
file blob.bin sparse.dat five
echo gone > /dev/null; cat /dev/null | wc -l
echo to-err > /dev/stderr 2>&1
echo piped | cat /dev/stdin
