# A script that exits with a chosen status after checks.
errors=0
for f in README.md src/main.py rust/Cargo.toml data/missing.json docs/none.md; do
    if [ -r "$f" ]; then
        echo "found $f"
    else
        echo "missing $f" >&2
        errors=$((errors + 1))
    fi
done
echo "$errors missing"
exit $((errors + 40))
