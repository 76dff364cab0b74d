# Agent sorts with whitespace and dictionary options.
printf 'b 2\n  a 3\n c 1\n' | sort
printf 'b 2\n  a 3\n c 1\n' | sort -b
printf 'x  3\nx 10\nx 2\n' | sort -k2n
printf 'x  3\nx 10\nx 2\n' | sort -t' ' -k2n
printf 'a-b\nab\na b\n' | sort -d
printf 'a\tz\na y\n' | sort -k2
printf '1,10\n1,9\n2,1\n' | sort -t, -k1,1n -k2,2n
printf 'v1.2\nv1.10\nv1.9\n' | sort -t. -k2n
printf '%s\n' 'B' 'a' 'C' '_' '1' | sort
printf '%s\n' 'b' 'a' 'b' | sort -u -r
printf '10 a\n2 b\n10 c\n' | sort -k1,1n -u
