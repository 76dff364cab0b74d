#!/usr/bin/env bash
set -euo pipefail
# Build both implementations.
echo "building python package"
echo "building rust crate"
