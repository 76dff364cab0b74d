# Agent relies on sort key semantics and stability.
printf 'b,2\na,2\nc,1\na,1\n' | sort -t, -k2,2n
printf 'b,2\na,2\nc,1\na,1\n' | sort -t, -k2,2n -s
printf 'x 10\ny 9\nz 10\n' | sort -k2n -k1r
printf 'a b c\na a c\n' | sort -k2.1,2.1
printf 'file10\nfile2\nfile1\n' | sort -V
printf '1e3\n100\n-5\n0x10\n' | sort -g
printf 'Jan\nMar\nFeb\n' | sort -M
printf 'c\nb\na\n' | sort -k1,1 --stable -r
printf ' b\na\n' | sort -b
printf 'b\n\na\n' | sort
printf '%s\n' 10 9 100 | sort -n -r | head -1
