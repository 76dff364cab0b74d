# read options: -r, -a, -d, -n, IFS.
read -r -a words <<< "alpha beta   gamma"
echo "${#words[@]}: ${words[2]}"
IFS=: read -r a b c <<< "x:y:z:w"
echo "a=$a b=$b c=$c"
read -r line <<< '  keep \t backslash\  '
echo "[$line]"
read line <<< 'no-r \t here\
continued'
echo "[$line]"
IFS= read -r raw <<< '  spaces kept  '
echo "[$raw]"
read -d ';' first <<< "one;two;three"
echo "first=$first"
read -n 3 three <<< "abcdef"
echo "three=$three"
read -r x y <<< "only"
echo "x=$x y=[${y}]"
echo "a b c" | { read -r p q; echo "p=$p q=$q"; }
read -r never < /dev/null
echo "eof status $?"
