# Agent hits awk printf edge cases: missing args, huge ints, %c, rounding.
awk 'BEGIN { printf "%s %s|\n", "only" }' 2>&1
awk 'BEGIN { printf "%d %d\n", 2^31, -2^53 }'
awk 'BEGIN { printf "%d\n", 1e20 }'
awk 'BEGIN { printf "%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5 }'
awk 'BEGIN { printf "%.2f\n", 2.675 }'
awk 'BEGIN { printf "%c%c%c\n", 72, "i!", 10 }'
awk 'BEGIN { printf "%5s|%-5s|%05s\n", "é", "é", "ab" }'
awk 'BEGIN { printf "%#o %#x %#.3g\n", 8, 255, 1 }'
awk 'BEGIN { printf "%s\n" }' 2>&1
awk 'BEGIN { printf "%z\n", 1 }' 2>&1
awk 'BEGIN { print 1e300*1e300, -1e300*1e300, log(-1) }' 2>&1
awk 'BEGIN { print 17 / 3, 1e6, 1e16, 1e17, 123456789.123 }'
awk 'BEGIN { x = 0.1 * 3; print x, x == 0.3 }'
awk 'BEGIN { print length(12345), length(1/4) }'
