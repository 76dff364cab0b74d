# Agent uses awk record separators: paragraph mode and regex RS.
printf 'name: a\nage: 1\n\nname: b\nage: 2\n\n\nname: c\n' > /tmp/cws/build/recs.txt
cd /tmp/cws/build
awk 'BEGIN {RS=""; FS="\n"} {print NR": "$1" | "NF}' recs.txt
awk 'BEGIN {RS=""} {print NF}' recs.txt
printf 'a;b;c' | awk 'BEGIN {RS=";"} {print NR, $0}'
printf 'a1b22c' | awk 'BEGIN {RS="[0-9]+"} {print $0, RT}'
printf 'one two\nthree\n' | awk 'BEGIN {RS=" |\n"} END {print NR}'
printf 'l1\nl2\nl3\n' | awk 'BEGIN {ORS=","} {print} END {printf "\n"}'
printf 'a,b;c,d\n' | awk -F'[,;]' '{print $3}'
printf 'abc\n' | awk -v FS= '{print $2, NF}'
printf 'a  b\tc\n' | awk -F' ' '{print $2}'
printf 'a  b\n' | awk -F'[ ]' '{print NF}'
printf 'a|b|c\n' | awk -F'|' '{print $2}'
printf 'a.b.c\n' | awk -F. '{print $3}'
printf 'aXXbXc\n' | awk -FX '{print NF}'
printf 'a\\tb\n' | awk -F'\\' '{print $2}'
