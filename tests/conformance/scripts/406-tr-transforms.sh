# Agent normalizes text with tr.
cd /tmp/cws
head -3 data/items.csv | tr 'a-z' 'A-Z'
head -3 data/items.csv | tr ',' '\t'
echo "hello   world    again" | tr -s ' '
echo "a1b2c3d4" | tr -d '0-9'
echo "a1b2c3d4" | tr -cd '0-9\n'
echo "Hello, World!" | tr -c '[:alnum:]\n' '_'
echo "hello" | tr '[:lower:]' '[:upper:]'
printf 'one\ntwo\nthree\n' | tr '\n' ','; echo
echo "aaabbbccc" | tr -s 'a-c'
echo "tab	sep	line" | tr '\t' ':'
