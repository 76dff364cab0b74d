# Agent logs output of commands to files.
cd /tmp/cws
grep -rn TODO . 2>&1 | sort | tee build/todo.log | wc -l
cat build/todo.log
ls nope 2> build/err.log; cat build/err.log
{ echo start; ls data; echo end; } > build/out.log; cat build/out.log
find src -name '*.py' | sort > build/list.txt; wc -l build/list.txt
tee -a build/list.txt <<< "extra" > /dev/null; tail -1 build/list.txt
