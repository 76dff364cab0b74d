# Executing a script file by path.
./scripts/build.sh
echo "status $?"
./scripts/lint.sh one
echo "status $?"
./README.md
echo "status $?"
