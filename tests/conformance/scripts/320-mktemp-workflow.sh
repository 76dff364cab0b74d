# Agent uses mktemp for scratch files inside the project.
cd /tmp/cws
t=$(mktemp -p /tmp/cws scratch.XXXXXX)
test -f "$t" && echo "temp file exists"
case "$(basename "$t")" in scratch.??????) echo "name ok";; *) echo "bad $t";; esac
echo data > "$t"; cat "$t"
d=$(mktemp -d -p /tmp/cws dir.XXXX)
test -d "$d" && echo "temp dir exists"
rm -r "$t" "$d"
mktemp -p /tmp/cws bad; echo "rc $?"
u=$(mktemp -u -p /tmp/cws x.XXX); test -e "$u"; echo "exists $?"
