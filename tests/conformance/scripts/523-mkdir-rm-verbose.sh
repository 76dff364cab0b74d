# Agent scaffolds and tears down a folder structure verbosely.
cd /tmp/cws
mkdir -pv pkg/{core,cli}/src pkg/tests
mkdir pkg 2>&1; echo "rc $?"
mkdir -v pkg/docs
touch pkg/core/src/lib.rs pkg/cli/src/main.rs
rmdir pkg/tests pkg/docs && echo rmdir-ok
rmdir pkg/core 2>&1; echo "rc $?"
rmdir -p pkg/cli/src 2>&1; echo "rc $?"
rm -rv pkg/cli | sort
rm -r pkg/core/src/lib.rs pkg/core/src
rmdir -pv pkg/core
ls pkg 2>&1; echo "rc $?"
mkdir -p a/b && rmdir a 2>&1; echo "rc $?"
rm -d a/b && rm -d a && echo gone
