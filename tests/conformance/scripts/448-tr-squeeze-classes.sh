# Agent cleans up whitespace and control characters with tr.
printf 'a\r\nb\r\n' | tr -d '\r' | cat -A
printf 'x  \t y\n' | tr -s '[:space:]' ' '; echo
echo "Hello World" | tr '[:upper:][:lower:]' '[:lower:][:upper:]'
echo "hello" | tr 'a-y' 'b-z'
echo "abc" | tr 'abc' 'x'
echo "abcabc" | tr -s 'abc' 'xyz'
echo "path/to/file" | tr / '\n'
echo "12345" | tr '1-5' '[*]'
echo "aeiou and sometimes y" | tr -d '[aeiou]'
echo 'x' | tr 2>&1; echo "st=$?"
echo 'x' | tr 'a' 2>&1; echo "st=$?"
