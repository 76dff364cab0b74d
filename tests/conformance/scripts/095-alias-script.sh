# Aliases are off in scripts unless expand_aliases is set.
# gap: alias/unalias are no-ops: no expand_aliases, no listing, unalias of a missing name succeeds
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
