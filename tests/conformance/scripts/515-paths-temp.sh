# Agent manipulates paths and temporary files.
cd /tmp/cws
for p in src/util/strings.py rust/src/main.rs /etc/hosts data/ README.md; do
  printf '%s|%s|%s\n' "$p" "$(basename "$p")" "$(dirname "$p")"
done
basename -s .py src/main.py src/util/strings.py
basename src/main.py .py
dirname a/b/ /x ///y z
realpath -m src/../data/./items.csv | sed 's|/tmp/cws|ROOT|'
realpath --relative-to=. src/util
readlink -f ./src/../README.md | sed 's|/tmp/cws|ROOT|'
readlink -m nope/../x | sed 's|/tmp/cws|ROOT|'
t=$(mktemp -p . tmp.XXXXXX) && test -f "$t" && stat -c %a "$t" && rm "$t"
t=$(mktemp --suffix=.json -p .) && [[ $t == *.json ]] && echo suffix-ok && rm "$t"
mktemp -u -p . x.XXX | grep -c '^\./x\....$'
mktemp -p . bad; echo "rc $?"
touch -d '2023-05-06 07:08:09' stamp; stat -c '%y' stamp
touch -d @0 epoch; ls -l --time-style=long-iso epoch | awk '{print $6, $7}'
touch -r stamp ref; stat -c %Y ref
touch -c nofile; ls nofile 2>&1
