# Arithmetic forms.
a=7 b=3
echo $((a + b)) $((a - b)) $((a * b)) $((a / b)) $((a % b)) $((a ** b))
echo $(( (a + b) * 2 )) $((a > b)) $((a == b ? 1 : 0)) $((-a / 2))
let "c = a << 2" "d = a & b"
echo "c=$c d=$d"
(( e = a++ + ++b ))
echo "a=$a b=$b e=$e"
i=0
while (( i < 5 )); do (( i += 2 )); done
echo "i=$i"
echo $((0x1f)) $((010)) $((2#1011)) $((36#z))
(( 0 )); echo "status of (( 0 )): $?"
x=5; x+=1; echo "string append: $x"
declare -i n=5; n+=1; echo "integer append: $n"
echo $(( 1 / 0 ))
echo "after div by zero"
