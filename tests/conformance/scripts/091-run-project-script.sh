# Run the project's own helper scripts.
if [ -x scripts/build.sh ]; then
    ./scripts/build.sh
    echo "build status $?"
else
    echo "build.sh is not executable"
fi
source scripts/lint.sh src/main.py rust/src/main.rs
