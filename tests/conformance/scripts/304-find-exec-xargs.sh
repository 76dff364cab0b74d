# Agent runs commands over find results.
cd /tmp/cws
find . -name '*.py' -exec wc -l {} + | sort
find . -name '*.rs' -print0 | sort -z | xargs -0 grep -c "fn"
find src -type f -name '*.py' | sort | xargs -n1 basename
find . -name '*.toml' -exec sh -c 'echo "file: $1"' _ {} \;
find data -type f | sort | xargs -I{} sh -c 'echo "{}: $(wc -c < {})"'
find . -name '*.md' -type f | sort | xargs head -n1
echo a b c | xargs -n2 echo
printf '%s\n' x y z | xargs echo pre
