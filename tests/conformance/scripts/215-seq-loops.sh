# seq and arithmetic pipelines.
seq 5
seq 2 2 10 | paste -sd+ | bc
seq -w 8 11
seq -s, 1 5
for i in $(seq 3); do echo "run $i"; done
seq 10 | awk '{s+=$1} END {print s}'
