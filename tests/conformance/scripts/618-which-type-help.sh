# Agent checks which tools are available before using them.
for t in grep sed awk jq; do
  if which "$t" > /dev/null; then echo "$t: yes"; else echo "$t: no"; fi
done
which nosuchtool; echo "status=$?"
command -v sort
type -t cd
help pwd | head -2
true; echo "true=$?"
false; echo "false=$?"
/bin/true && echo "bin true ok"
