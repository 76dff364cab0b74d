# Agent uses a trap to clean up a work directory.
cd /tmp/cws
work=/tmp/cws/work.$$
cleanup() { rm -rf "$work"; echo "cleaned"; }
trap cleanup EXIT
mkdir -p "$work"
cp -r src "$work/"
find "$work" -type f | sed "s|$work|W|" | sort
ls nope 2>/dev/null || echo "ls failed"
