# $BASH names the shell binary.
echo "BASH set: ${BASH:+yes}"
