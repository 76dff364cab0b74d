# Agent looks for patterns spanning lines with rg -U and sed N.
cd /tmp/cws
rg -U -n 'def \w+\(.*\):\n\s+\S' src | sort
rg -U -c 'ERROR.*\n.*INFO' data/app.log
rg -U -o 'WARN[^\n]*\n[^\n]*ERROR' data/app.log | wc -l
sed -n '/ERROR/{N;s/\n/ => /;p}' data/app.log | awk -F' => ' '{ print substr($1, 22, 18) " => " substr($2, 22, 18) }'
awk 'prev ~ /WARN/ && /ERROR/ { print NR ": " substr($0, 1, 40) } { prev = $0 }' data/app.log
