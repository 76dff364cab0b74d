# Agent counts matches per file and totals them.
cd /tmp/cws
grep -c "def" src/main.py src/util/strings.py src/util/__init__.py
grep -rc "def" src | awk -F: '{s+=$2} END {print "total", s}'
grep -o "e" README.md | wc -l
grep -ow "the" README.md | wc -l
grep -lv "zzz" data/* | sort
grep -n "^$" src/main.py | head -3
grep -rn --include='*.md' -i "usage" .
grep -r -m1 "def" src | sort
