# Agent uses gawk features: switch, indirect calls, two-way pipes, gensub, strftime.
cd /tmp/cws
awk '{ switch ($2) { case "INFO": i++; break; case /WARN|ERROR/: bad++; break; default: other++ } } END { print i, bad, other }' data/app.log
awk 'function up(s) { return toupper(s) } function lo(s) { return tolower(s) } BEGIN { f = "up" } { print @f($3); f = (f == "up") ? "lo" : "up" }' data/app.log | head -4
awk -F, 'NR > 1 { print $1 |& "sort -r" } END { close("sort -r", "to"); while (("sort -r" |& getline n) > 0) printf "%s ", n; print "" }' data/items.csv
awk '{ print gensub(/^([0-9-]+)T([0-9:]+)Z/, "\\2 on \\1", 1) }' data/app.log | head -2
awk 'BEGIN { print strftime("%Y-%m-%d %H:%M:%S", 0, 1); print length(ENVIRON["HOME"]) > 0 }'
awk 'BEGIN { printf "%c|%i|%5.2s|%-4d|%x\n", 65, 3.9, "abcdef", 7, 255 }'
