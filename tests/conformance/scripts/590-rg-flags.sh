# Agent explores with rg flags: types, globs, context, replace, word, fixed.
cd /tmp/cws
rg -n -t rust 'fn ' | sort
rg -g '*.md' -i todo -c | sort
rg -w -o 'api' data/app.log | wc -l
rg -F '(id=' -N data/app.log | cut -c1-25
rg -A1 -n 'WARN' data/app.log
rg -r '[$1]' -o 'id=(\w+)' data/app.log
rg --files data | sort
rg -v -c INFO data/app.log
rg -e GET -e POST --count-matches data/access.log
