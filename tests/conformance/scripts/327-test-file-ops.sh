# Agent checks file state before acting.
cd /tmp/cws
for p in README.md src build nope scripts/build.sh scripts/lint.sh; do
  r=""
  [ -e "$p" ] && r="$r exists"
  [ -f "$p" ] && r="$r file"
  [ -d "$p" ] && r="$r dir"
  [ -s "$p" ] && r="$r nonempty"
  [ -x "$p" ] && r="$r exec"
  [ -r "$p" ] && r="$r readable"
  echo "$p:$r"
done
[ README.md -nt nope ] && echo "newer than missing"
[ -z "$(ls build)" ] && echo "build empty"
test -d src/util && ls src/util
