# Agent creates numbered files with seq and xargs, then lists and counts them.
cd /tmp/cws/build
seq -f 'file%02g.txt' 5 | xargs touch
ls file*.txt | paste -sd' '
seq 1 5 | xargs -I{} sh -c 'echo line{} > file0{}.txt' 2>/dev/null || seq 1 5 | while read -r i; do echo "line$i" > "file0$i.txt"; done
cat file0*.txt | sort -V | tail -2
ls file*.txt | wc -l
printf '%s\n' file0{1..3}.txt | xargs cat
