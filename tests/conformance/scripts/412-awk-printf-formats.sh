# Agent formats numbers with awk printf.
awk 'BEGIN {
  printf "%5d|%-5d|%05d\n", 42, 42, 42
  printf "%.3f|%10.2f|%-10.2f|\n", 3.14159, 2.5, 2.5
  printf "%e|%E|%g|%G\n", 12345.678, 0.000123, 1e10, 0.0001
  printf "%x|%X|%o|%c|%c\n", 255, 255, 8, 65, "hello"
  printf "%s|%10s|%-10s|%.2s\n", "abc", "abc", "abc", "abc"
  printf "%+d|% d|%%\n", 5, 5
  printf "%*d|%-*d|\n", 6, 7, 4, 3
  printf "%i\n", 3.99
  printf "%d\n", "12abc"
  printf "%5.1f%%\n", 45.678
}'
