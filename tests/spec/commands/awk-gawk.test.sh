# awk: gawk extensions agents use: switch, two-way pipes (|&), indirect calls (@f()).

#### switch with fall-through, regex case and default
awk 'BEGIN{ for (i=1;i<=5;i++) { switch (i) { case 1: print "one"; break; case /^[23]$/: print "two-three " i; case 4: print "four " i; break; default: print "other " i } } }'
## STDOUT:
one
two-three 2
four 2
two-three 3
four 3
four 4
other 5
## END

#### switch on a string field
printf 'GET /a\nPOST /b\nPUT /c\n' | awk '{ switch ($1) { case "GET": g++; break; case "POST": p++; break; default: o++ } } END { print g, p, o }'
## stdout: 1 1 1

#### switch with continue inside a loop
awk 'BEGIN{ for (i=1;i<=4;i++) { switch (i % 2) { case 0: continue; default: printf "%d,", i } } print "" }'
## stdout: 1,3,

#### two-way pipe to sort
printf 'b\na\nc\n' | awk '{ print |& "sort" } END { close("sort", "to"); while (("sort" |& getline l) > 0) print "got", l; close("sort") }'
## STDOUT:
got a
got b
got c
## END

#### two-way pipe read only
awk 'BEGIN{ "echo hi" |& getline v; print v; print close("echo hi") }'
## STDOUT:
hi
0
## END

#### two-way pipe never read prints nothing
awk 'BEGIN{ print "x" |& "cat"; print "done" }'
## stdout: done

#### indirect function call
awk 'function dbl(x){return x*2} function apply(f, v){ return @f(v) } BEGIN{ print apply("dbl", 4); fn="toupper"; print @fn("abc") }'
## STDOUT:
8
ABC
## END

#### indirect call of an unknown name
awk 'BEGIN{ g="nope"; @g(1) }'; echo "status $?"
## stdout: status 2
## stderr: awk: cmd. line:1: fatal: `nope' is not a function, so it cannot be called indirectly

#### a program file that ends inside a rule
printf 'BEGIN {\n print "x"\n' > p.awk
awk -f p.awk; echo "status $?"
## stdout: status 1
## STDERR:
awk: p.awk:2: (END OF FILE)
awk: p.awk:2: ^ source files / command-line arguments must contain complete functions or rules
## END

#### asort and asorti with an order name
awk 'BEGIN { a["x"]=3; a["y"]=1; a["z"]=2; n = asorti(a, k, "@val_num_desc"); for (i=1;i<=n;i++) printf "%s ", k[i]; print n; n = asort(a, v, "@val_num_desc"); print v[1], v[2], v[3]; asorti(a, d, "@ind_str_desc"); print d[1] }'
## STDOUT:
x z y 3
3 2 1
z
## END

#### sorted_in names a user comparison function
awk 'function byval(i1, v1, i2, v2) { return v1 - v2 } function bylen(i1, v1, i2, v2) { return length(i2) - length(i1) } BEGIN { a["x"]=3; a["yy"]=1; a["zzz"]=2; PROCINFO["sorted_in"] = "byval"; for (k in a) printf "%s ", k; print "|"; PROCINFO["sorted_in"] = "bylen"; for (k in a) printf "%s ", k; print "|" }'
## STDOUT:
yy zzz x |
zzz yy x |
## END
