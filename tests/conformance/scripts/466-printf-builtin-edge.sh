# Agent relies on bash printf builtin details.
printf '%s=%s\n' a 1 b 2 c
printf '%5.1f%%\n' 12.345 99.95
printf '%-8s|%8s|\n' left right
printf '%03d:%02d\n' 7 5
printf '%x %X %o %#x\n' 255 255 8 255
printf '%e\n' 1234.5678
printf '%g %g %g\n' 0.0001 100000 1000000
printf '%s\n' "$(printf '%s,' 1 2 3)"
printf '%c\n' hello
printf '%i\n' 42
printf '%.3s\n' abcdef
printf '%*s|\n' 6 r
printf '%d\n' 3.5 2>&1; echo "st=$?"
printf '%d\n' abc 2>&1; echo "st=$?"
printf '%d\n' "'A"
printf '\x41\101\n'
printf -v out '%04d' 42; echo "$out"
printf '%s %s\n' "a b" c
printf '[%b]\n' 'a\nb' '\x41'
printf 'no newline'; echo
