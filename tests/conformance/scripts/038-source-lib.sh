# Write a helper library, then source it.
cat > build/lib.sh <<'LIB'
greet() { echo "hello, ${1:-world}"; }
LIB_VERSION=2
return 5
echo "never"
LIB
source build/lib.sh
echo "source status: $?"
greet
greet agent
echo "LIB_VERSION=$LIB_VERSION"
. build/lib.sh
echo "dot status: $?"
