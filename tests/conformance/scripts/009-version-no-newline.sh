# A file without a trailing newline: read fails but the variable is set.
if read -r v < data/VERSION; then
    echo "read ok: $v"
else
    echo "read status $?, v=$v"
fi
ver=$(< data/VERSION)
echo "via \$(<): $ver"
IFS=. read -r major minor patch < data/VERSION
echo "major=$major minor=$minor patch=$patch"
cat data/VERSION; echo
