# Agent compares cat -n and nl numbering around blank lines.
cd /tmp/cws/build
printf 'one\n\ntwo\n\n\nthree\n' > gaps.txt
cat -n gaps.txt
nl gaps.txt
nl -ba gaps.txt
cat -bs gaps.txt
grep -c '^$' gaps.txt
