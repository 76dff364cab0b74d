# Agent counts lines in files without trailing newline and empty files.
cd /tmp/cws
wc -l data/VERSION src/util/__init__.py
wc data/VERSION
wc -c < data/VERSION
wc -m README.md
printf 'héllo\n' | wc -mc
wc -w < /dev/null
wc src; echo "rc $?"
wc -l nope src/main.py; echo "rc $?"
