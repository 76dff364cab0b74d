# Agent searches recursively with include/exclude filters and counts per file.
cd /tmp/cws
grep -rn --include='*.md' -i 'todo\|usage' . | sort
grep -r --exclude-dir=rust -l 'def\|fn ' . | sort
grep -rc '' --include='*.csv' --include='*.tsv' data | sort
grep -rho --include='*.py' 'import [a-z]*' . | sort | uniq -c | sort -rn
grep -rn 'price' --exclude='*.csv' . | sort | head -5
grep -r -l --null 'TODO' . | tr '\0' '\n' | sort
