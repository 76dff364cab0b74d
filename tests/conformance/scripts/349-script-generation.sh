# Agent writes a helper script, makes it executable and runs it.
cd /tmp/cws
cat > scripts/count.sh <<'SCRIPT'
#!/bin/bash
set -euo pipefail
dir=${1:-.}
find "$dir" -type f -name '*.py' | sort | while read -r f; do
  echo "$(wc -l < "$f") $f"
done
SCRIPT
chmod +x scripts/count.sh
ls -l scripts/count.sh | cut -c1-10
./scripts/count.sh src
bash scripts/count.sh nope; echo "rc $?"
sh scripts/lint.sh a b
./scripts/lint.sh; echo "rc $?"
