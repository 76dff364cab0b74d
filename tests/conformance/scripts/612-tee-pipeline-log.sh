# Agent records the output of a pipeline to several files while viewing it.
cd /tmp/cws/build
grep -h ERROR ../data/app.log | tee errors.txt copy.txt | wc -l
cat errors.txt
echo "second run" | tee -a errors.txt > /dev/null
wc -l errors.txt copy.txt
ls ../data | tee listing.txt | head -2
cmp errors.txt copy.txt; echo "cmp=$?"
echo x | tee nodir/out.txt; echo "status=$?"
