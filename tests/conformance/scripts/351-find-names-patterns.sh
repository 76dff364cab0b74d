# Agent finds files by name patterns and sorts them.
cd /tmp/cws
find . -name '[A-Z]*' | sort
find . -iname '*.MD' | sort
find . -name '*.py' ! -name '__init__.py' | sort
find . -type f -name 'main.*' | sort
find . -wholename './src/*' -type f | sort
find src -name '*.py' -printf '%f\n' | sort
find . -type f | awk -F/ '{print NF-1}' | sort -n | uniq -c
find . \( -name build -o -name .env \) | sort
