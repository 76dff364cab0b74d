# Agent normalizes indentation between tabs and spaces.
cd /tmp/cws/build
printf '        four\n    two\n\tone\n' > indent.txt
unexpand indent.txt | cat -A
unexpand -t 4 indent.txt | cat -A
unexpand -a indent.txt | cat -A
expand indent.txt | cat -A
expand -i -t 2 indent.txt | cat -A
expand nosuch; echo "status=$?"
