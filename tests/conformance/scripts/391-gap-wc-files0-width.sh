# Agent counts lines of files listed NUL-separated on stdin.
# gap: wc --files0-from=- pads counts to a width; GNU uses width 1 when reading names from stdin
cd /tmp/cws
find . -type f -name '*.py' -print0 | sort -z | wc -l --files0-from=-
