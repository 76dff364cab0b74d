# Agent feeds tricky input to xargs.
cd /tmp/cws
echo "it's" | xargs echo; echo "rc $?"
echo 'a "b c' | xargs echo; echo "rc $?"
printf 'one two\nthree\n' | xargs -L 1 echo "L:"
printf 'a\nb\nc\n' | xargs -n 2 -I X echo X; echo "rc $?"
printf '' | xargs -0 echo "got"
echo "x" | xargs -s 5 echo; echo "rc $?"
seq 10 | xargs -n 3 | tail -1
echo README.md | xargs -I{} sh -c 'test -f {} && echo "{} exists"'
echo 1 2 | xargs sh -c 'echo "$0 $1"'
echo a | xargs false; echo "rc $?"
echo a | xargs sh -c 'exit 255'; echo "rc $?"
