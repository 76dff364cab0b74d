# Functions with local vars and return codes.
is_source() {
    local f=$1
    case $f in *.py|*.rs) return 0 ;; esac
    return 1
}
count_lines() {
    local n=0 line
    while IFS= read -r line || [[ -n $line ]]; do n=$((n + 1)); done < "$1"
    echo "$n"
}
shopt -s globstar
total=0
for f in **; do
    [[ -f $f ]] || continue
    if is_source "$f"; then
        n=$(count_lines "$f")
        total=$((total + n))
        printf '%4d %s\n' "$n" "$f"
    fi
done
echo "total: $total"
echo "line unchanged: ${line-unset} n=${n}"
f() { return 300; }; f; echo "return 300 -> $?"
g() { local x; x=$(false); echo "local assignment status: $?"; local y=$(false); echo "local decl status: $?"; }
g
