# Agent does arithmetic with expr, bc and $(( )).
expr 7 + 5
expr 7 \* 6
expr 17 / 5
expr 17 % 5
expr length "hello"
expr substr "abcdef" 2 3
expr index "abcdef" d
expr "abc" : 'a\(.*\)'
echo "scale=3; 10/3" | bc
echo "2^10" | bc
echo "sqrt(2)" | bc -l | cut -c1-8
echo "(1.5 + 2.25) * 4" | bc
total=0; for n in $(seq 1 10); do total=$((total + n*n)); done; echo $total
printf '%d\n' $(( 0x1F + 010 ))
expr 5 \> 3; expr 3 = 4; echo "st=$?"
