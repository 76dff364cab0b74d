# xargs in pipelines.
cd /tmp/cws
find src -name '*.py' | sort | xargs wc -l
printf '%s\n' a b c d e | xargs -n 2 echo
printf 'one two\nthree\n' | xargs -I{} echo "item: {}"
find . -name '*.md' -print0 | sort -z | xargs -0 grep -l "#" | sort
echo | xargs -r echo nothing
