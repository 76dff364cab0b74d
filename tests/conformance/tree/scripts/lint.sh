#!/bin/sh
# Lint the sources (placeholder).
for f in "$@"; do
    echo "lint: $f"
done
