# Agent diffs a sorted list against its reverse.
cd /tmp/cws
printf 'gadget\nsprocket\nwidget\n' > expected.txt
diff <(sort expected.txt) <(sort -r expected.txt)
