# Agent deletes files by pattern and confirms.
cd /tmp/cws
mkdir -p cache/a/b && touch cache/x.pyc cache/a/y.pyc cache/a/b/z.pyc cache/a/keep.py
find cache -name '*.pyc' -delete
find cache | sort
find cache -type f -name '*.py' -exec rm -v {} \;
rm -rv cache | sort
rm -f -- -dash 2>&1; echo "rc $?"
touch -- -dash && ls -- -dash && rm -- -dash && echo gone
rm -d src; echo "rc $?"
rm -r build/; echo "rc $?"; ls -d build; echo "rc $?"
