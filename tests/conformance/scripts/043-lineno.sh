# $LINENO in different positions.
echo "line $LINENO"
f() {
    echo "in f: $LINENO"
}
f
echo "multi
line $LINENO"
if true; then
    echo "in if: $LINENO"
fi
for i in 1; do echo "in for: $LINENO"; done
x=$(echo "in subst: $LINENO")
echo "$x"
echo "$LINENO" \
    "$LINENO"
