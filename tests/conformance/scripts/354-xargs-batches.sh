# Agent batches file operations with xargs.
cd /tmp/cws
mkdir -p bk
find src -type f -name '*.py' | sort | xargs -I{} cp {} bk/
ls bk
ls bk | xargs -n1 -I{} echo "backed up {}"
find bk -type f | sort | xargs rm -v
ls bk | wc -l
echo "a b c d e" | xargs -n 2 echo "->"
printf 'x\ny\n' | xargs -d '\n' printf '[%s]\n'
echo '"quoted arg" plain' | xargs printf '<%s>\n'
echo "can't" | xargs echo; echo "rc $?"
