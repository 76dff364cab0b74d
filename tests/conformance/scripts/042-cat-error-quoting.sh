# cat's messages quote awkward names the way GNU cat does.
cat "no such.txt"
cat 'it'"'"'s.txt'
cat ""
cat src
cat "docs/getting started.md" "docs/missing one.md" > /dev/null
echo "status $?"
