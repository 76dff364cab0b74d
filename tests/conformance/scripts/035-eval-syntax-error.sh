# Syntax errors inside eval.
eval 'echo one'
eval 'if true; then echo two'
echo "status $?"
eval 'echo (('
echo "status $?"
eval 'x=$((1 +))'
echo "status $? x=${x-unset}"
eval "for i in 1 2; do echo \$i; done"
cmd='printf "%s-" a b c; echo'
eval "$cmd"
