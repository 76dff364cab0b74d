# $BASH names the shell binary.
# gap: $BASH is unset
echo "BASH set: ${BASH:+yes}"
