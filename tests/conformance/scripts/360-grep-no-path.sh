# Agent runs grep -r without a path and with odd flag combinations.
cd /tmp/cws/src
grep -r "def" | sort
grep -rn "import" --include=*.py | sort
grep -rh "return" . | sort
grep -rlZ "def" . | tr '\0' '\n' | sort
grep -c -v "^$" main.py
grep -n -v "[a-z]" main.py | head -5
grep -b -o "def" util/strings.py
grep --label=stdin -H "x" < main.py | head -2
grep -L "zzz" main.py; echo "rc $?"
grep -rn "def" ../src/util/*.py
