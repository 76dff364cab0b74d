# Agent computes statistics (min, max, mean, median, stddev) over generated numbers.
seq 1 2 99 | awk '{a[NR]=$1; s+=$1; ss+=$1*$1} END {m=s/NR; printf "n=%d min=%d max=%d mean=%.2f sd=%.4f\n", NR, a[1], a[NR], m, sqrt(ss/NR - m*m)}'
seq 10 | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
seq 1 100 | paste -sd+ | bc
seq 5 | awk '{p = p ? p*$1 : $1} END {print p}'
awk 'BEGIN {srand(1); print (rand() < 1)}'
awk 'BEGIN {printf "%.6f %.6f %.6f\n", sin(0), cos(0), atan2(0, -1); print exp(1), log(10), int(-3.7)}'
