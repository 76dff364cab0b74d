# Agent greps a tree that holds symlinks, with -r and -R.
cd /tmp/cws
ln -s src srcl
ln -s README.md rd
grep -r "def slugify" . | sort
grep -R "def slugify" . | sort
grep -r TODO rd srcl | sort
grep -rl TODO --include=rd . | sort
find -L . -name 'strings.py' | sort
rg -l slugify | sort
du -L -b rd
