# Agent formats find output for a report.
cd /tmp/cws
find . -type f -name '*.py' -printf '%h/%f\n' | sort
find . -type f -name '*.md' -printf '%-30p|%5s\n' | sort
find src -type d -printf '%p/\n' | sort
find . -maxdepth 1 -type f -printf '%f\0' | sort -z | tr '\0' ' '; echo
find data -type f -printf '%m %P\n' | sort
find . -name '*.toml' -printf '%H %P %d\n'
