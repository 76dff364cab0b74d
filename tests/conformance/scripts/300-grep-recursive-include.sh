# Agent searches the tree recursively with includes, line numbers and counts.
cd /tmp/cws
grep -rn "TODO" --include='*.py' --include='*.rs' . | sort
grep -rl "def " src | sort
grep -rc "import" src --include='*.py' | sort
grep -rn --exclude-dir=rust "TODO" . | sort
grep -rL "TODO" src rust | sort
grep -ri "fixme" . | sort
grep -rw "name" data | sort
