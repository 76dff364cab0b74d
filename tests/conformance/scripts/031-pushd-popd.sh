# pushd/popd through the tree.
pushd src > /dev/null
echo "in $PWD"
pushd util
echo "in $PWD"
dirs
popd
echo "back in $PWD"
popd > /dev/null
echo "back at $PWD"
popd
echo "status $?"
pushd /nonexistent
echo "status $?"
