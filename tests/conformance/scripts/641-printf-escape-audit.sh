# Agent prints values safely quoted for a shell snippet.
cd /tmp/cws
name="getting started.md"
printf 'cat %q\n' "docs/$name"
printf '%q ' a 'b c' "d'e" '$HOME'; echo
printf -v line '%-8s=%s' key value; echo "[$line]"
printf '%b' 'a\tb\n'
printf '%s\n' "$(printf '%05d' 42)"
printf '%d items\n' "$(tail -n +2 data/items.csv | wc -l)"
printf '%x\n' 'abc' 2>&1; echo "status=$?"
printf '%.3s\n' "$(cat data/VERSION)"
