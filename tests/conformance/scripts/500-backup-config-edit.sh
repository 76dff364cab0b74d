# Agent backs up config files before editing them in place, then compares.
cd /tmp/cws
cp -b data/config.json data/config.json
cp -v --backup=numbered data/VERSION data/VERSION.txt
cp -v --backup=numbered data/VERSION data/VERSION.txt
cp -v --backup=numbered data/VERSION data/VERSION.txt
ls data | grep VERSION
sed -i 's/"/'"'"'/g' data/VERSION.txt
mv -b -S .orig data/app.log data/access.log
ls data | sort
diff data/VERSION.txt.~1~ data/VERSION.txt >/dev/null && echo same || echo differs
cp -r --backup=simple src src; echo "rc $?"
cp --backup=bogus README.md x 2>&1 | head -2
