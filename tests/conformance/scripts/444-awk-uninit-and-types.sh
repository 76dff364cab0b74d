# Agent hits awk edge cases: uninitialized vars, string/number comparisons.
echo "10 9" | awk '{print ($1 > $2), ("10" > "9")}'
echo "abc" | awk '{print x+0, x "", length(x), NF, $5 ""}'
awk 'BEGIN {a = "10"; b = 9; print (a > b)}'
echo "1e2 100" | awk '{print ($1 == $2)}'
echo " 3 " | awk '{print ($0 == 3), ($1 == 3)}'
awk 'BEGIN {print 1 " " 2, 1 2, -1 " " -2}'
awk 'BEGIN {x["a"]; print length(x); if ("b" in x) print "no"; print length(x)}'
printf 'a b\n\nc\n' | awk '{print NF}'
echo "a:b:c" | awk -F: '{NF=2; print}' OFS=-
echo "a b c" | awk '{$5="e"; print; print NF}'
