# Agent combines files with paste.
cd /tmp/cws/build
seq 1 4 > n; printf 'a\nb\nc\n' > l
paste n l
paste -d, n l
paste -d':,' n l n
paste -s n l
paste -sd: n
printf 'a\tb\n' | paste - -
seq 6 | paste - - -
seq 5 | paste -d' ' - -
