# Dynamic scoping of locals.
x=global
show() { echo "show sees: $x"; }
f() { local x=local-f; show; g; echo "f after g: $x"; }
g() { x=set-by-g; local y=only-g; }
f
echo "global x: $x y=${y-unset}"
counter() { local -i n=0; n+=5; echo "n=$n"; }
counter; counter
h() { declare z=decl; export e=exp; }
h
echo "z=${z-unset} e=$e"
k() { local IFS=,; set -- $1; echo "$# parts"; }
k "a,b,c"
echo "IFS restored: [${IFS@Q}]"
