# Agent cross-checks counts between wc, awk and grep on a generated file.
cd /tmp/cws/build
awk 'BEGIN {for (i = 1; i <= 2500; i++) printf "line %d %s\n", i, (i % 7 ? "ok" : "FAIL")}' > gen.txt
wc -l < gen.txt
grep -c FAIL gen.txt
awk '/FAIL/ {n++} END {print n}' gen.txt
awk '{w += NF; c += length($0) + 1} END {print NR, w, c}' gen.txt
wc gen.txt
grep -n FAIL gen.txt | tail -1
sed -n '/FAIL/{=;q}' gen.txt
sort -k2,2nr gen.txt | head -1
