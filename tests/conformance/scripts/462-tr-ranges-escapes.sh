# Agent uses tr with escapes, octal, classes and equivalence.
printf 'a\tb\nc\n' | tr '\t\n' ' ;'; echo
printf 'abc' | tr 'abc' '\101\102\103'; echo
echo "Hello World 123" | tr -cd '[:alpha:]'; echo
echo "Hello World 123" | tr '[:punct:][:digit:]' '#'
echo "a-b_c" | tr -- '-_' '  '
echo "ab" | tr -t 'ab' 'x'
echo "hello" | tr -s 'l'
echo "x.y.z" | tr . /
echo "αβγ abc" | tr a-c A-C
echo "tab" | tr '[:lower:]' 'A-Z'
echo "ABC" | tr 'A-C' '[:lower:]' 2>&1; echo "st=$?"
echo "abc" | tr -d 'a-' 
echo "a]b" | tr ']' x
echo "aaa" | tr 'a' '\n' | wc -l
