# Agent compares lists with comm and join, and groups with uniq flags.
cd /tmp/cws
cut -d, -f1 data/items.csv | tail -n +2 | sort > build/a
printf 'bolt\ngadget\nwidget\nzeta\n' > build/b
comm build/a build/b
comm -12 build/a build/b
comm -3 build/a build/b | tr -d '\t'
tail -n +2 data/items.csv | sort -t, -k1,1 > build/items
printf 'gadget,blue\nwidget,red\nzeta,none\n' | sort > build/colors
join -t, build/items build/colors
join -t, -a2 -e NA -o 0,1.4,2.2 build/items build/colors
printf 'x 1\ny 1\nz 2\n' | uniq -f1 -c
printf 'aa1\nab1\nba2\n' | uniq -s2 -c
printf 'one\ntwo\ntwo\n' | uniq --group
