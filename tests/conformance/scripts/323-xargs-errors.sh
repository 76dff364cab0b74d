# Agent hits xargs edge cases.
cd /tmp/cws
echo | xargs echo "empty:"
echo | xargs -r echo "never"
printf 'a\nb\n' | xargs -L1 echo line
printf 'README.md\nnope\n' | xargs cat > /dev/null; echo "rc $?"
echo README.md | xargs nosuchcmd; echo "rc $?"
printf '1 2 3 4 5' | xargs -n 2
printf 'a b\0c d\0' | xargs -0 -n1 echo
echo "x y" | xargs -t echo 2>&1
printf '%s\n' src data | xargs -I % find % -maxdepth 1 -type f | sort
seq 3 | xargs -P1 -n1 sh -c 'exit $0' ; echo "rc $?"
