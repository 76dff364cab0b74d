# cat's messages quote awkward names the way GNU cat does.
# gap: cat does not quote awkward file names like GNU cat (shell-escape quoting)
cat "no such.txt"
cat 'it'"'"'s.txt'
cat ""
cat src
cat "docs/getting started.md" "docs/missing one.md" > /dev/null
echo "status $?"
