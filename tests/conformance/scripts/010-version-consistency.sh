# Check that the version agrees everywhere.
want=$(< data/VERSION)
ok=0 bad=0
check() {
    local file=$1 found=$2
    if [[ $found == "$want" ]]; then
        echo "ok   $file ($found)"
        ok=$((ok + 1))
    else
        echo "FAIL $file: $found != $want"
        bad=$((bad + 1))
    fi
}
while IFS= read -r l; do
    [[ $l =~ ^VERSION\ =\ \"([0-9.]+)\" ]] && check src/main.py "${BASH_REMATCH[1]}"
done < src/main.py
while IFS= read -r l; do
    [[ $l =~ \"version\":\ \"([^\"]+)\" ]] && check data/config.json "${BASH_REMATCH[1]}"
done < data/config.json
while IFS= read -r l; do
    [[ $l =~ ^version\ =\ \"(.*)\"$ ]] && check rust/Cargo.toml "${BASH_REMATCH[1]}"
done < rust/Cargo.toml
echo "ok=$ok bad=$bad"
[ "$bad" -eq 0 ]
echo "status would be $?"
exit $bad
