# Agent finds files then inspects them.
cd /tmp/cws
find . -type f -name '*.py' | sort | xargs grep -l 'def ' | xargs wc -l | sort -n
find . -type f \( -name '*.rs' -o -name '*.toml' \) | sort | xargs -n1 basename
find data -type f -size -1k | sort
find . -name '*.md' -print0 | sort -z | xargs -0 -I{} sh -c 'printf "%s: " "{}"; head -1 "{}"'
find . -type d | sort | head -8
find src -name '*.py' -exec grep -c def {} + | sort
