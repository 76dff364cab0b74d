# Agent numbers lines in different styles for a code review.
cd /tmp/cws
nl -ba src/util/strings.py | head -4
nl -bt -nln src/util/strings.py | head -4
nl -nrz -w4 rust/src/main.rs | head -3
nl -v 100 -i 10 data/VERSION data/items.csv | tail -3
nl -s' | ' -w2 data/items.csv | head -2
nl nosuch; echo "status=$?"
