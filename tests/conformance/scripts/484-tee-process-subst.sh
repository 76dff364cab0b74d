# Agent fans a stream out to several consumers with tee and process substitution.
cd /tmp/cws/build
seq 10 | tee >(awk '{s+=$1} END {print "sum", s}' > sum.txt) >(grep -c . > count.txt) | tail -1
sleep 0.2
cat sum.txt count.txt
