# Agent counts lines of files listed NUL-separated on stdin.
cd /tmp/cws
find . -type f -name '*.py' -print0 | sort -z | wc -l --files0-from=-
