# Validating numeric input the way agents do.
is_int() { [[ $1 =~ ^-?[0-9]+$ ]]; }
for v in 42 -7 3.5 abc '' 007; do
    if is_int "$v"; then echo "'$v' int ($((10#${v#-})))"; else echo "'$v' not int"; fi
done
x=abc
(( x + 1 ))
echo "status $? (abc is an unset var)"
y='1 +'
echo $(( y ))
echo "after"
