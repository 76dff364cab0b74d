# command -v and type on builtins, keywords, functions and aliases.
build() { echo building; }
for c in echo printf cd if build cat true; do
    printf '%-8s ' "$c"
    type -t "$c" || echo "(none)"
done
command -v echo
command -v build
command -v nosuchthing; echo "status $?"
type -t for
