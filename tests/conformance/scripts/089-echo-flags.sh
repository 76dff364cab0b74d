# echo flags and escapes.
echo -n "no newline"; echo
echo -e "tab\there\nnew line"
echo -E "raw\tbackslash"
echo "-n" "as arg"
echo -- "-- is printed"
echo -ne "a\x41\0101\n"
echo -e "stop\c here"
echo
