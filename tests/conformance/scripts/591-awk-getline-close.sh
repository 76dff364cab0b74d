# Agent reads side files and commands from awk with getline and close.
cd /tmp/cws
awk -F, 'BEGIN { while ((getline l < "data/items.csv") > 0) n++; close("data/items.csv"); print "lines:", n }
  FNR == 1 { next } { print FILENAME ": " $1 }' data/items.csv | head -3
awk 'BEGIN { cmd = "wc -l < data/app.log"; cmd | getline n; close(cmd); print "app.log has", n + 0, "lines" }'
awk 'BEGIN { while (("ls data" | getline f) > 0) if (f ~ /\.csv$/) print "csv:", f }'
awk 'NR == 1 { getline; print "second:", $0 } END { print NR }' data/items.csv
awk 'BEGIN { print "b\na\nc" | "sort"; close("sort"); print "after sort" }'
awk 'BEGIN { print "to stderr" > "/dev/stderr"; printf "x=%d\n", 1 > "build/out.txt"; close("build/out.txt"); getline y < "build/out.txt"; print y }'
awk 'BEGIN { r = (getline line < "missing.txt"); print r }'
