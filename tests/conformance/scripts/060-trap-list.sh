# trap listings and resets.
# gap: trap -p SIGNAL lists every trap, not only the named ones
trap 'echo bye' EXIT
trap 'echo int' INT
trap -p
trap - INT
trap
trap -p EXIT
trap '' TERM
trap -p TERM
trap 'echo custom' NOSUCHSIG
echo "status $?"
