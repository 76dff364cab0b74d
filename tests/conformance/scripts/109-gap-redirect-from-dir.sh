# Redirecting stdin from a directory.
cat < src
echo "status $?"
