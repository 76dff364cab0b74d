# Agent prints a CRC checksum of a data file.
# gap: cksum is not implemented
cd /tmp/cws
cksum data/items.csv
echo -n hello | cksum
