# Agent sums response bytes per IP with awk arrays, sorted output.
cd /tmp/cws
awk '{bytes[$1]+=$10; hits[$1]++} END {for (ip in bytes) printf "%s %d %d %.1f\n", ip, hits[ip], bytes[ip], bytes[ip]/hits[ip]}' data/access.log | sort
awk '$9 >= 400 {err++} END {printf "errors: %d/%d (%.2f%%)\n", err, NR, 100*err/NR}' data/access.log
