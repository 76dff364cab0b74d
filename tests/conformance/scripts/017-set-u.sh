# Unbound variables under set -u.
set -u
name=${NAME:-default}
echo "name=$name"
echo "len=${#name}"
echo "undefined: $UNDEFINED_THING"
echo "not reached"
