# Agent generates a formatted table of numbers.
for i in $(seq 1 5); do
  printf '%2d %5.1f %04x %o %s\n' "$i" "$(echo "scale=1; $i/3" | bc)" "$((i*37))" "$i" "$(printf '%*s' "$i" '' | tr ' ' '#')"
done
printf '%s=%s\n' a 1 b 2 c
printf '%b\n' 'tab\there' 'nl\\n'
printf '%q\n' "it's here" 'a$b'
printf '%x %X %#x %e\n' 255 255 255 1234.5
printf '%d\n' 3.5 2>&1; echo "status=$?"
printf '%05.2f|%-6s|%+d\n' 3.14159 ok 7
