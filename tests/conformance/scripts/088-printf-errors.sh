# printf edge cases and errors.
printf '%d\n' 12abc
echo "status $?"
printf '%s %d\n' x
printf '%z\n' 1
echo "status $?"
printf
echo "status $?"
printf '%5s|%-5s|\n' toolongvalue ab
printf '%.2f\n' 3.14159 2.5 abc
echo "status $?"
printf '%d %d\n' 1 2 3
printf "%s\n" "\$HOME is not expanded in single quotes: "'$HOME'
