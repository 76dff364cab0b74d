# Agent limits long lines in ripgrep output.
cd /tmp/cws
rg -M 20 -n def src/main.py | head -3
