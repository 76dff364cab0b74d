# Agent uses sed hold-space idioms: reverse lines, join lines, print before a match.
cd /tmp/cws
sed -n '1!G;h;$p' data/items.csv
sed ':a;N;$!ba;s/\n/ | /g' data/VERSION data/items.csv
sed -n '/ERROR/{x;p;x;p};h' data/app.log
printf 'a\nb\nc\nd\n' | sed -E 'N;s/(^|\n)/>/g'
printf 'a\nb\nc\nd\n' | sed 'N;s/^/>/Mg'
printf 'k=1,k=2\n' | sed -E 's/(^|,)k=/\1K=/g'
printf 'x\ny\n' | sed -E ':a;N;$!ba;s/\n(^|y)/+/g'
