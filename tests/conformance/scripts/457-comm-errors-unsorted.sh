# Agent runs comm/join on unsorted input and sees warnings.
cd /tmp/cws/build
printf 'b\na\nc\n' > u1; printf 'a\nb\nc\n' > u2
comm u1 u2; echo "st=$?"
comm --nocheck-order u1 u2; echo "st=$?"
comm --output-delimiter=' | ' u2 u2
comm -23 u2 <(printf 'b\n')
printf 'b 1\na 2\n' > j1; printf 'a x\nb y\n' > j2
join j1 j2; echo "st=$?"
join --nocheck-order j1 j2; echo "st=$?"
join -j1 <(sort j1) j2
