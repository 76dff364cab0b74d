# Line numbers of errors raised inside eval.
# gap: $LINENO in eval of a multi-line command starts from the command's first line
eval 'echo start
cat missing-in-eval
echo end'
eval "echo \$LINENO"
eval '
echo $LINENO'
eval 'nosuchcmd'
