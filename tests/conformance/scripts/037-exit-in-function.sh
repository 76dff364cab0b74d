# exit inside a function, with an EXIT trap.
trap 'echo "exit trap: $?"' EXIT
die() { echo "fatal: $*" >&2; exit 3; }
echo start
[ -f data/items.csv ] || die "no data"
[ -f data/nope.csv ] || die "no nope"
echo unreachable
