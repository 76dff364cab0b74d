# set -o noclobber protects existing files.
set -o noclobber
echo new > build/fresh.txt && echo "created"
echo again > build/fresh.txt
echo "clobber status $?"
echo forced >| build/fresh.txt
cat build/fresh.txt
set +o noclobber
set -o | while read -r opt state; do
    case $opt in errexit|nounset|pipefail|noclobber|xtrace) echo "$opt $state" ;; esac
done
echo "flags: $-"
