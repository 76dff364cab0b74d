# Agent dumps binary data in several od formats.
cd /tmp/cws/build
printf 'ABCD\x00\x01\x02\xff' > bin.dat
od -t x1 bin.dat
od -t x2 bin.dat
od -t u1 bin.dat
od -t d1 bin.dat
od -A d -c bin.dat
od -A n -t x4 bin.dat
od -b bin.dat
od -t o2 -w4 bin.dat
od -j 4 -N 2 -t x1 bin.dat
od -t f4 bin.dat
