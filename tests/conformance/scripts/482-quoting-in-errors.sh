# Agent passes escape sequences literally and reads the error messages.
printf 'a\tb\n' | sort -t '\t' 2>&1; echo "st=$?"
echo ab | cut -d'' -f1 2>&1; echo "st=$?"
echo x | tr a b 'c\d' 2>&1; echo "st=$?"
echo ABC | tr 'A-C' '[:lower:]' 2>&1; echo "st=$?"
