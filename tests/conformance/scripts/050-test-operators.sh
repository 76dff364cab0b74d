# File test operators on the project.
for p in README.md data/VERSION nope "docs/getting started.md" .env; do
    flags=
    [ -e "$p" ] && flags+=e
    [ -f "$p" ] && flags+=f
    [ -d "$p" ] && flags+=d
    [ -s "$p" ] && flags+=s
    [ -r "$p" ] && flags+=r
    [ -w "$p" ] && flags+=w
    [ -x "$p" ] && flags+=x
    [ -L "$p" ] && flags+=L
    printf '%-24s %s\n' "$p" "${flags:--}"
done
[ src/util/__init__.py -ef src/util/__init__.py ] && echo "ef ok"
[ -s src/util/__init__.py ] || echo "__init__.py is empty"
[ 3 -lt 10 ] && [ abc \< abd ] && echo "comparisons ok"
[ -z "" -a -n x ] && echo "-a ok"
[ ! -e nope -o -e nope ] && echo "-o ok"
test "$(< data/VERSION)" = 1.4.2 && echo "version ok"
[ 1 -eq ]
echo "status $?"
[ a = ]
echo "status $?"
test -q x
echo "status $?"
