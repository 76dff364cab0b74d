# EXIT trap sees the exit status and can print a summary.
tmpfiles=()
cleanup() {
    local rc=$?
    echo "cleaning ${#tmpfiles[@]} files, rc=$rc"
    exit $rc
}
trap cleanup EXIT
for i in 1 2 3; do
    f=build/tmp.$i
    echo "$i" > "$f"
    tmpfiles+=("$f")
done
cat build/tmp.2
false
exit 5
