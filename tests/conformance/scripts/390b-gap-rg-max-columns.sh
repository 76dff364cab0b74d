# Agent limits long lines in ripgrep output.
# gap: rg -M/--max-columns and --json are not implemented
cd /tmp/cws
rg -M 20 -n def src/main.py | head -3
