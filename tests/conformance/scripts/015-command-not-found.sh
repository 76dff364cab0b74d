# Commands that do not exist.
frobnicate --all
echo "status: $?"
if ! command -v frobnicate > /dev/null; then
    echo "frobnicate is not installed"
fi
./scripts/nothere.sh
echo "status: $?"
