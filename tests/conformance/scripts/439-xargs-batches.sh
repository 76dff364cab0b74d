# Agent batches arguments with xargs.
cd /tmp/cws
seq 7 | xargs -n 3 echo
seq 3 | xargs -I{} echo "item {}"
printf 'a b\nc\n' | xargs printf '<%s>\n'
printf 'one\0two words\0' | xargs -0 -n1 echo
find data -name '*.csv' | sort | xargs wc -l
echo "" | xargs echo empty
printf '%s\n' data/items.csv data/VERSION | xargs -d '\n' head -1
