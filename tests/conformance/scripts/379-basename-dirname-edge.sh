# Agent strips suffixes and directories from many names.
cd /tmp/cws
basename .py .py
basename a.py.py .py
basename /usr/lib/
basename -z a/b | od -c | head -1
dirname ./a
dirname /a
dirname a/
dirname -z a/b | od -c | head -1
basename -s .md $(find docs -name '*.md' | sort)
basename a b c; echo "rc $?"
for f in src/*.py; do echo "${f##*/} $(basename "$f" .py) ${f%/*}"; done
