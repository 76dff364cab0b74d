# Agent diffs a sorted list against its reverse.
# gap: diff picks a different (equally minimal) edit script than GNU diff for reversed input
cd /tmp/cws
printf 'gadget\nsprocket\nwidget\n' > expected.txt
diff <(sort expected.txt) <(sort -r expected.txt)
