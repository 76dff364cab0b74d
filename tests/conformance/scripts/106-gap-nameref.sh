# local -n / declare -n name references.
f() { local -n ref=$1; ref=changed; }
target=orig; f target; echo "nameref: $target"
declare -n alias_of=target
echo "via ref: $alias_of"
