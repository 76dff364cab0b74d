# Agent sorts versions, human sizes, and unique keys.
printf '1.10.0\n1.2.0\n1.9.3\n1.2.10\n2.0.0-rc1\n2.0.0\n' | sort -V
echo ---
printf '10K\n2M\n512\n1G\n3K\n' | sort -h
echo ---
printf 'b 2\na 1\nb 1\na 2\nc 0\n' | sort -k1,1 -u
echo ---
printf 'b 2\na 1\nb 1\na 2\nc 0\n' | sort -s -k1,1
echo ---
printf 'x\nY\ny\nX\n' | sort -f
echo ---
printf '3\n1\n2\n3\n1\n' | sort -nu
echo ---
printf 'a\nb\n' | sort -c && echo sorted
printf 'b\na\n' | sort -c; echo "status=$?"
printf '  10\n9\n 100\n' | sort -n
printf 'apple\nBanana\ncherry\n' | sort -r
