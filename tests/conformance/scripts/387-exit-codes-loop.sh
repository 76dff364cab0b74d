# Agent collects statuses of commands run in a loop.
cd /tmp/cws
for cmd in "grep -q def src/main.py" "grep -q nope src/main.py" "test -d src" "ls nope" "find nope" "stat README.md" "cmp README.md README.md" "diff README.md data/VERSION" "mkdir src" "rmdir src"; do
  $cmd >/dev/null 2>&1
  echo "$cmd => $?"
done
