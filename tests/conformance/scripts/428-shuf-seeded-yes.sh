# Agent uses yes and head to generate filler, and counts.
yes | head -3
yes abc | head -n 2
yes 'a b' | head -4 | paste -sd+
seq 100 | shuf -n 100 | sort -n | tail -1
seq 5 | shuf | wc -l
shuf -i 1-3 | sort
shuf -e a b c | sort | tr '\n' ' '; echo
