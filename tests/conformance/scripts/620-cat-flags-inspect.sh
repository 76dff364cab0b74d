# Agent looks for invisible characters and blank runs in files.
cd /tmp/cws
printf 'line one  \n\n\n\tindented\r\nlast' > build/messy.txt
cat -A build/messy.txt; echo
cat -n build/messy.txt
cat -b build/messy.txt
cat -s build/messy.txt | wc -l
cat -E build/messy.txt | head -1
cat -vT build/messy.txt | tail -2
cat -ns build/messy.txt
cat build/nosuch.txt data/VERSION; echo "status=$?"
