# Agent renames an identifier across several files with sed -i and checks with grep.
cd /tmp/cws
cp -r src build/src
grep -rl 'slugify' build/src | sort
grep -rl 'slugify' build/src | xargs sed -i 's/\bslugify\b/make_slug/g'
grep -rn 'make_slug\|slugify' build/src | sort
sed -i -e '/^import/s/$/  # edited/' -e '$a\# end' build/src/main.py
head -5 build/src/main.py
tail -1 build/src/main.py
sed -n '/def /{s/(.*//;s/def //;p}' build/src/util/strings.py
