# set -e does not trigger in conditions, && lists or negations.
set -e
check() { [ -f "$1" ]; }
if check nope; then echo yes; else echo "no nope"; fi
check nope && echo "found" || echo "not found"
! check README.md
echo "negation ok"
false || true
check nope || echo "fallback"
x=$(false; echo "subst continues")
echo "x=$x"
f() { false; echo "f continues (called in if)"; }
if f; then echo "f ok"; fi
f
echo "not reached"
