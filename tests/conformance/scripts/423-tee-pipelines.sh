# Agent saves intermediate results with tee.
cd /tmp/cws/build
seq 5 | tee nums.txt | awk '{s+=$1} END {print s}'
cat nums.txt | wc -l
echo more | tee -a nums.txt >/dev/null
tail -2 nums.txt
printf 'x\n' | tee a.txt b.txt c.txt
cat a.txt b.txt c.txt | uniq -c
grep -c . < <(seq 3 | tee >(wc -l > count.txt))
sleep 0.1; cat count.txt 2>/dev/null || true
