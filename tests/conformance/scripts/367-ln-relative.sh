# Agent makes relative symlinks and follows chains.
cd /tmp/cws
mkdir -p links
ln -sr data/VERSION links/version
readlink links/version
cat links/version; echo
ln -s version links/v2 && ln -s v2 links/v3
readlink -f links/v3 | sed 's|/tmp/cws/||'
readlink links/v3
ln -sv ../README.md links/readme
ls -l links | awk 'NR>1{print $9, $10, $11}'
ln links/nope links/x; echo "rc $?"
ln -s a b c; echo "rc $?"
find links -type l | sort
find links -xtype l | sort
find -L links -type f | sort
