# trap listings and resets.
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
