# Word splitting and quoting.
line="widget,tools,4,2.50"
IFS=,
set -- $line
echo "$# fields: $2"
unset IFS
list="a  b	c
d"
for w in $list; do printf '<%s>' "$w"; done; echo
printf '<%s>' "$list"; echo
empty=
set -- $empty "" "$empty"
echo "args: $#"
args=("one two" three)
printf '[%s]' "${args[@]}"; echo
printf '[%s]' "${args[*]}"; echo
printf '[%s]' ${args[@]}; echo
IFS=: read -r -a p <<< "/usr/bin:/bin"
echo "${p[1]}"
x='*.md'
echo $x "$x"
