# Agent feeds here-docs and here-strings into text commands.
sort -t: -k2,2n <<EOF2
alice:30
bob:25
carol:35
EOF2
awk -F: '{sum+=$2} END {print "avg", sum/NR}' <<'END'
a:10
b:20
c:45
END
wc -w <<< "one two three four"
tr a-z A-Z <<< "shout this"
cut -d= -f2 <<< "key=value=more"
read -r first rest <<< "alpha beta gamma"; echo "$first|$rest"
cat <<-EOT
	indented $((2+3))
	  keep inner
	EOT
grep -c x <<< $'x\ny\nx'
