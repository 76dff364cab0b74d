# exit with a non-numeric argument.
echo "about to exit"
exit nope
echo "not reached"
