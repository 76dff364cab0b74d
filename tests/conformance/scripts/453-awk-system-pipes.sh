# Agent calls system() and pipes from awk; checks output ordering.
cd /tmp/cws
awk 'BEGIN { print "before"; system("echo from-system"); print "after" }'
awk 'BEGIN { r = system("exit 3"); print "r=" r }'
awk -F, 'NR>1 { print $2 | "sort | uniq -c" } END { close("sort | uniq -c"); print "end" }' data/items.csv
awk 'BEGIN { print "x" > "build/out1.txt"; print "y" >> "build/out1.txt"; close("build/out1.txt"); while ((getline l < "build/out1.txt") > 0) print "read", l }'
awk 'BEGIN { printf "err\n" > "/dev/stderr" }' 2>&1
awk 'BEGIN { print "to-stdout" > "/dev/stdout" }'
awk 'BEGIN { "date -u -d @0 +%Y" | getline y; print y }'
awk 'BEGIN { exit 4 } END { print "end runs" }'; echo "st=$?"
echo x | awk '{ exit } END { print "end after exit" }'
awk 'BEGIN { ENVIRON["HOME"] != "" && x = 1; print x, ENVIRON["HOME"] }'
awk 'BEGIN { for (i = 0; i < ARGC; i++) print i, ARGV[i] }' a b=1 c
