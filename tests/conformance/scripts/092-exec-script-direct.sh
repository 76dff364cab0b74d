# Executing a script file by path.
# gap: running a script file by path is not supported (always Permission denied)
./scripts/build.sh
echo "status $?"
./scripts/lint.sh one
echo "status $?"
./README.md
echo "status $?"
