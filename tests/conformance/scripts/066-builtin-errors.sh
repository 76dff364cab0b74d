# Misused builtins print errors and keep going.
cd src util
echo "cd two args: $?"
cd README.md
echo "cd file: $?"
cd nowhere
echo "cd missing: $?"
shift 5
echo "shift: $?"
return 2>&1
echo "return outside function: $?"
break
echo "break outside loop: $?"
local x=1
echo "local outside function: $?"
readonly R=1
R=2
echo "readonly assign: $?"
unset R
echo "unset readonly: $?"
declare -A assoc
assoc=(a b)
echo "odd assoc: $?"
printf '%d\n' abc
echo "printf bad number: $?"
echo "done"
