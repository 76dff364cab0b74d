# Agent uses xargs line and delimiter modes and handles failures.
cd /tmp/cws
printf 'a b\nc d\ne\n' | xargs -L1 echo line:
printf 'x:y:z' | xargs -d: -n1 echo
printf '%s\n' data/items.csv data/nope.csv | xargs wc -l; echo "status $?"
echo | xargs echo empty:
echo | xargs -r echo never
printf '1\n2\n3\n' | xargs -I% sh -c 'echo %; test % -ne 2'; echo "status $?"
printf 'a\nb\n' | xargs -t -n1 echo 2>&1
ls data | head -3 | xargs -n2 printf '[%s,%s]\n'
