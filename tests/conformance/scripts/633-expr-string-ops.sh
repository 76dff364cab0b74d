# Agent uses expr for string checks in a shell loop.
cd /tmp/cws
for f in src/main.py rust/src/main.rs README.md docs/CHANGELOG.md; do
  ext=$(expr "$f" : '.*\.\([a-z]*\)$')
  len=$(expr length "$f")
  printf '%-22s ext=%-3s len=%d\n' "$f" "$ext" "$len"
done
expr substr "$(cat data/VERSION)" 1 3
expr index abcdef cd
expr 10 \> 9 \& 3 \< 4
expr "v1.2" : 'v\([0-9]*\)'
expr 7 % 0; echo "status=$?"
expr; echo "status=$?"
