# cat --version is unknown to mirage's cat.
cat --version > /dev/null && echo "has --version"
