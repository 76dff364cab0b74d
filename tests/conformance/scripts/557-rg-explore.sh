# Agent explores with ripgrep: counts, file lists, json extraction, multiline.
cd /tmp/cws
rg -c 'def ' src | sort
rg -l -t py import | sort
rg --json TODO src | jq -r 'select(.type == "match") | "\(.data.path.text):\(.data.line_number): \(.data.submatches[0].match.text)"'
rg --json -e ERROR data/app.log | jq -c 'select(.type == "end") | .data.stats | {matched_lines, matches, bytes_searched}'
rg -U -n 'INFO.*\n.*DEBUG' data/app.log
rg -U -c 'GET.*\n.*GET' data/access.log
