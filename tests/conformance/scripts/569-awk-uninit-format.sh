# Agent relies on awk's uninitialised values, number formatting and printf corners.
cd /tmp/cws
awk 'BEGIN { print x + 0, "[" x "]", length(x); if (!(k in a)) print "absent"; print length(a) }'
awk 'BEGIN { printf "%5.1f|%-6s|%06.2f|%+d|%e|%G\n", 3.14159, "ab", 3.14159, 5, 12345.678, 0.00001 }'
awk 'BEGIN { printf "%c%c%c\n", "hello", 66, 256 + 67 }'
awk 'BEGIN { x = 0.1 + 0.2; print x, x == 0.3, 1e6, 1e16, 123456789012 }'
awk 'BEGIN { OFMT = "%.2f"; x = 3.14159; print x; y = x ""; print y; CONVFMT = "%.3f"; z = x ""; print z }'
awk 'BEGIN { print substr("hello", 0, 2), substr("hello", -1), substr("hello", 4, 100), index("abc", "c") }'
awk 'BEGIN { print toupper(substr("mixed Case", 1, 1)) tolower(substr("mixed Case", 2)) }'
awk 'BEGIN { print 7 % 3, -7 % 3, 2 ** 10, 2 ^ 0.5, int(-3.7), int("42abc") }'
