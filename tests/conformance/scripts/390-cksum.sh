# Agent prints a CRC checksum of a data file.
cd /tmp/cws
cksum data/items.csv
echo -n hello | cksum
