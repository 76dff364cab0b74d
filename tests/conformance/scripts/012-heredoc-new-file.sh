# Write a new module with a here-doc and read it back.
cat > src/util/numbers.py <<PY
"""Number helpers."""


def clamp(x, lo, hi):
    return max(lo, min(x, hi))
PY
cat src/util/numbers.py
echo "---"
cat >> src/util/numbers.py <<'PY'


def pct(part, whole):
    return 100 * part / whole  # $not_expanded
PY
cat src/util/numbers.py
