# Run the project's own helper scripts.
# gap: ram: mounts drop the executable bit, and running a script file by path is not supported
if [ -x scripts/build.sh ]; then
    ./scripts/build.sh
    echo "build status $?"
else
    echo "build.sh is not executable"
fi
source scripts/lint.sh src/main.py rust/src/main.rs
