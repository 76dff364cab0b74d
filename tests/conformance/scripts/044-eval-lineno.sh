# Line numbers of errors raised inside eval.
eval 'echo start
cat missing-in-eval
echo end'
eval "echo \$LINENO"
eval '
echo $LINENO'
eval 'nosuchcmd'
