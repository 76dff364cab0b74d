# Agent uses getline from files and commands in awk.
cd /tmp/cws
awk 'BEGIN { while ((getline line < "data/VERSION") > 0) print "version:", line; close("data/VERSION") }'
awk 'BEGIN { "echo hi there" | getline x; print x; n = split(x, a, " "); print n }'
awk 'NR==1 { getline; print "second:", $0 }' data/items.csv
awk 'BEGIN { cmd = "sort -r"; print "b" | cmd; print "a" | cmd; print "c" | cmd; close(cmd); print "done" }'
awk 'BEGIN { while (("cat data/items.csv" | getline l) > 0) n++; print n }'
awk 'BEGIN { r = getline x < "/nonexistent/file"; print r }'
