# Agent encodes a config as base64 for an env var and decodes it back.
cd /tmp/cws
enc=$(base64 -w0 data/config.json)
echo "${#enc}"
echo "$enc" | base64 -d | diff - data/config.json && echo identical
base64 data/VERSION
base64 -w 40 README.md | head -3
echo 'not base64!!' | base64 -d; echo "status=$?"
printf 'hello' | base64 | base64 -d; echo
echo aGVsbG8 | base64 -d; echo " status=$?"
