# Agent checks whether listings are sorted and merges them.
cd /tmp/cws
find src -type f | sort > build/l1
find rust -type f | sort > build/l2
sort -c build/l1 && echo sorted
sort -m build/l1 build/l2
printf 'b\na\n' | sort -c; echo "rc $?"
sort -o build/l3 build/l2 build/l1 && cat build/l3
sort nope; echo "rc $?"
