# Agent builds a file inventory with find -printf and friends.
cd /tmp/cws
touch -d '2024-06-01 12:00:00' data/items.csv
find data -type f -printf '%f\t%s\t%m\n' | sort
find . -name '*.md' -printf '%d %h %f\n' | sort
find data -name items.csv -printf '%TY-%Tm-%Td %TH:%TM\n'
find src -type f -printf '%P\n' | sort
find . -maxdepth 1 -type f -printf '%-15f|%5s\n' | sort
find rust -printf '%y %p\n' | sort -k2
find . -type f \( -name '*.py' -o -name '*.rs' \) | sort
find . -type f -name '*.sh' -exec basename {} \; | sort
find . -iname 'readme*'
find docs -type f -print0 | xargs -0 wc -c | sort -n
find . -type f | wc -l
find . -newer data/items.csv -type f -name '*.csv'
find data -type f -size +100c -size -1k | sort
