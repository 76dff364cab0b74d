# cat --version is unknown to mirage's cat.
# gap: cat --version is an unrecognized option
cat --version > /dev/null && echo "has --version"
