# Agent searches source code: definitions, TODOs, word matches, include filters.
cd /tmp/cws
grep -rn --include='*.py' -E '^\s*def ' . | sort
grep -rlw 'fn' --include='*.rs' . | sort
grep -rho 'TODO[^"]*' . | sort | uniq -c
grep -rc 'import' --include='*.py' . | sort
grep -rn -w -e main -e parse rust/src | sort -t: -k1,1 -k2,2n | head
grep -rL 'TODO' --include='*.py' . | sort
