# pipefail changes a pipeline's status.
cat missing 2>/dev/null | cat
echo "without pipefail: $?"
set -o pipefail
cat missing 2>/dev/null | cat
echo "with pipefail: $?"
true | false | true
echo "middle fails: $? PIPESTATUS=${PIPESTATUS[*]}"
cat README.md | cat > /dev/null
echo "ok: ${PIPESTATUS[@]}"
