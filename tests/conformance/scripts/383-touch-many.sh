# Agent creates many files at once and lists them.
cd /tmp/cws
mkdir -p gen && cd gen
touch file{1..5}.txt
touch {a,b}/c 2>&1; echo "rc $?"
ls
ls | wc -l
for i in $(seq 3); do echo "$i" > "n$i.log"; done
cat n*.log | paste -sd+ | bc
touch -c nope && ls nope; echo "rc $?"
touch ''; echo "rc $?"
