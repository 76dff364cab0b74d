# Agent numbers and reverses lines.
cd /tmp/cws
nl data/VERSION
nl -ba -w3 -s': ' data/items.csv | head -3
tac data/items.csv | head -2
echo "stressed" | rev
printf 'a\n\nb\n' | nl
printf 'x\ny\n' | nl -n rz -w 4
