# Unified diffs between versions of a file.
cd /tmp/cws/build
printf 'a\nb\nc\nd\n' > v1.txt
printf 'a\nB\nc\nd\ne\n' > v2.txt
diff -u v1.txt v2.txt | tail -n +3
diff v1.txt v2.txt
diff -q v1.txt v2.txt
diff v1.txt v1.txt && echo identical
