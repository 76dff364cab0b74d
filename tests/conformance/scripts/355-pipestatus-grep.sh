# Agent inspects PIPESTATUS after pipelines of commands.
cd /tmp/cws
grep nothing README.md | wc -l; echo "${PIPESTATUS[@]}"
cat nope 2>/dev/null | sort | uniq; echo "${PIPESTATUS[@]}"
ls src | grep -q main; echo "${PIPESTATUS[@]}"
find . -name '*.py' | head -1 >/dev/null; echo "${PIPESTATUS[1]}"
set -o pipefail
grep nothing README.md | wc -l; echo "rc $?"
