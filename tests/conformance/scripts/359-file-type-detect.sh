# Agent identifies file types and line endings.
cd /tmp/cws
printf 'a\r\nb\r\n' > dos.txt
grep -c $'\r' dos.txt
tr -d '\r' < dos.txt | od -c | head -1
head -c 2 scripts/build.sh; echo
for f in scripts/*.sh; do head -1 "$f"; done
grep -l '^#!' -r . | sort
[ -x scripts/lint.sh ] || echo "lint not executable"
