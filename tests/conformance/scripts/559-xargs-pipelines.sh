# Agent drives commands with xargs: -I, -n, -0 and parallel -P.
cd /tmp/cws
find . -name '*.py' -print0 | sort -z | xargs -0 wc -l
find . -name '*.py' | sort | xargs -I{} sh -c 'echo "== {}"; head -2 "{}"'
printf '%s\n' a b c d e | xargs -n 2 echo pair:
printf '%s\n' 3 1 2 | xargs -P 2 -I N echo item N | sort
ls data | xargs -n1 | grep -v VERSION | xargs -I F sh -c 'printf "%s %s\n" F "$(wc -l < data/F)"'
