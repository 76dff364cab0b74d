# bc: GNU bc 1.07.1.

#### integer arithmetic
echo "1+2*3" | bc
## stdout: 7

#### division truncates at scale
echo "10/3" | bc; echo "scale=3; 10/3" | bc; echo "scale=2; -1/3" | bc
## STDOUT:
3
3.333
-.33
## END

#### mathlib scale
echo "10/3" | bc -l
## stdout: 3.33333333333333333333

#### big numbers
echo "2^100" | bc
## stdout: 1267650600228229401496703205376

#### long numbers wrap at 70 columns
echo "2^300" | bc
## STDOUT:
20370359763344860862684456884093781610514683936659362506361404493543\
81299763336706183397376
## END

#### result scales
echo ".5+.25; 0.5*2; 1.50; scale=2; 5 % 3.3; -5 % 3; 2.55*1" | bc
## STDOUT:
.75
1.0
1.50
.017
-.02
2.55
## END

#### zero prints as 0
echo "0.00; -0; 1-1.00" | bc
## STDOUT:
0
0
0
## END

#### output bases
echo "obase=16; 255; 10.5; -255" | bc; echo "obase=2; 10" | bc; echo "obase=20; 1234" | bc
## STDOUT:
FF
A.8
-FF
1010
 03 01 14
## END

#### input base
echo "ibase=16; FF; A.8" | bc; echo "ibase=2; 101" | bc
## STDOUT:
255
10.5
5
## END

#### variables and assignment do not print
printf 'a=5\nb=a*2\nb\nz=1; z += 2; z\n' | bc
## STDOUT:
10
3
## END

#### increments
echo "x=3; x++; x; ++x; --x" | bc
## STDOUT:
3
4
5
4
## END

#### comparisons and logic
echo "1 < 2; 1 == 2; 2 >= 2; !0; 1 && 0; 0 || 3" | bc
## STDOUT:
1
0
1
1
0
1
## END

#### if while for
printf 'if (1 > 0) 5 else 6\nfor (i=0; i<3; i++) i\ni=0; while (i<2) { i; i=i+1 }\n' | bc
## STDOUT:
5
0
1
2
0
1
## END

#### print and strings
printf 'print 1, "a\\n"\n"hi"\nprint "x\\ty\\n"\n' | bc
## STDOUT:
1a
hix	y
## END

#### functions
printf 'define f(x) {\n  auto y\n  y = x * 2\n  return (y + 1)\n}\nf(4)\ndefine g(n) { if (n < 2) return (1); return (n * g(n-1)); }\ng(10)\n' | bc
## STDOUT:
9
3628800
## END

#### arrays
echo "a[2]=3; a[2]; a[0]" | bc
## STDOUT:
3
0
## END

#### sqrt length scale
echo "sqrt(2); scale=10; sqrt(2); length(123.45); scale(1.230)" | bc
## STDOUT:
1
1.4142135623
5
3
## END

#### power with negative exponent
echo "2^-1; scale=5; 2^-2; 3^2^2; -2^2" | bc
## STDOUT:
0
.25000
81
4
## END

#### math library
echo "4*a(1); s(1); c(1); l(2); e(1); sqrt(2)" | bc -l
## STDOUT:
3.14159265358979323844
.84147098480789650665
.54030230586813971740
.69314718055994530941
2.71828182845904523536
1.41421356237309504880
## END

#### divide by zero
echo "1/0; 5" | bc; echo "status $?"
## stdout: status 0
## stderr: Runtime error (func=(main), adr=3): Divide by zero

#### syntax error continues
printf '1 +\n2\n' | bc
## stdout: 2
## stderr: (standard_in) 2: syntax error

#### quit stops
printf '1\nquit\n2\n' | bc
## stdout: 1

#### last value
echo "5; last; ." | bc
## STDOUT:
5
5
5
## END

#### comments
printf '/* c */ 1 # tail\n' | bc
## stdout: 1

#### program file
## file: p.bc
x = 6
x * 7
## end
bc p.bc
## stdout: 42

#### here string with scale
bc <<< "scale=2; 7/4"
## stdout: 1.75

#### bc break and continue outside a loop
printf 'break; 5\n6\ncontinue\n' | bc; echo "s $?"
## STDOUT:
6
s 0
## END
## STDERR:
(standard_in) 1: Break outside a for/while
(standard_in) 3: Continue outside a for
## END

#### bc break inside loops and functions
printf 'for (i = 0; i < 5; i++) { if (i == 2) break; i }\ni = 0; while (i < 3) { i = i + 1; continue; }\ni\ndefine f() { break; }\n' | bc
## STDOUT:
0
1
3
## END
## stderr: (standard_in) 4: Break outside a for/while

#### bc return outside a function
printf '1\nreturn 5\ndefine f() { return (2); }\nf()\n' | bc
## STDOUT:
1
2
## END
## stderr: (standard_in) 3: Return outside of a function.

#### bc messages come between the results they follow
printf '2^0.5\n3\n1/0\n4\n' | bc 2>&1; printf '00.5^0.5\n' | bc 2>&1
## STDOUT:
Runtime warning (func=(main), adr=8): non-zero scale in exponent
1
3
Runtime error (func=(main), adr=3): Divide by zero
4
Runtime warning (func=(main), adr=9): non-zero scale in exponent
1
## END
