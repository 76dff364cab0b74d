# Sorting variants.
printf '10\n9\n100\n1.5\n-2\n' | sort -n
printf 'b\na\nB\nA\n' | sort
printf 'b\na\nB\nA\n' | sort -f
printf '1K\n2M\n3G\n512\n' | sort -h
printf 'v1.10\nv1.2\nv1.9\n' | sort -V
printf 'x 3\ny 1\nz 2\n' | sort -k2 -r
printf 'a\na\nb\n' | sort -u
printf 'b\na\n' | sort -c; echo "status $?"
