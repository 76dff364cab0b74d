# Agent asks column for JSON output.
cd /tmp/cws
printf '1 2\n3 4\n' | column -J -N a,b
printf 'a,b\n1,\n' | column -J -s, -N x,y -n rows
column -t -s, -J -N name,category,qty,price -H category data/items.csv 2>&1 | head -12
