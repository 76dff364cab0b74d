# Aliases are off in scripts unless expand_aliases is set.
alias ll='echo listing'
ll
echo "status $?"
shopt -s expand_aliases
alias ll='echo listing'
ll src
alias
unalias ll
unalias ll
echo "status $?"
