# Agent maps the project with find options.
cd /tmp/cws
find . -maxdepth 1 | sort
find . -mindepth 2 -type d | sort
find . -type f -name '*.md' | sort
find . -path ./rust -prune -o -type f -name '*.py' -print | sort
find src rust -type f | sort
find . -type f \( -name '*.rs' -o -name '*.toml' \) | sort
find . -not -name '*.py' -type f -path '*src*' | sort
find . -type d -empty
find . -name '.*' -type f | sort
find . -newer nope 2>&1; echo "rc $?"
