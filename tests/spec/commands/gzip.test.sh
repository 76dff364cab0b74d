# gzip, gunzip, zcat: compressed bytes differ from GNU's, so cases compare round trips.

#### gzip replaces the file
## file: f
hello
## end
gzip f; printf '%s\n' *; zcat f.gz
## STDOUT:
f.gz
hello
## END

#### gunzip restores the file
## file: f
hello
## end
gzip f && gunzip f.gz; printf '%s\n' *; cat f
## STDOUT:
f
hello
## END

#### gzip -c to a pipe
## file: f
one
two
## end
gzip -c f | gunzip; printf '%s\n' *
## STDOUT:
one
two
f
## END

#### stdin to stdout
printf 'abc\n' | gzip | gzip -dc
## stdout: abc

#### keep the original
## file: f
x
## end
gzip -k f; printf '%s\n' *
## STDOUT:
f
f.gz
## END

#### levels round trip
## file: f
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
## end
gzip -9 -c f | zcat; gzip -1 -c f | gunzip -c
## STDOUT:
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
## END

#### missing file
gzip nope; echo "status $?"
## stdout: status 1
## stderr: gzip: nope: No such file or directory

#### zcat tries the .gz name
zcat nope; echo "status $?"
## stdout: status 1
## stderr: gzip: nope.gz: No such file or directory

#### gunzip finds NAME.gz
## file: f
data
## end
gzip f; gunzip f; cat f
## stdout: data

#### already has the suffix
## file: f.gz
x
## end
gzip f.gz; echo "status $?"
## stdout: status 0
## stderr: gzip: f.gz already has .gz suffix -- unchanged

#### target exists
## file: f
x
## end
## file: f.gz
y
## end
gzip f; echo "status $?"; printf '%s\n' *
## STDOUT:
status 2
f
f.gz
## END
## stderr-json: "gzip: f.gz already exists;\tnot overwritten\n"

#### force overwrites
## file: f
new
## end
## file: f.gz
y
## end
gzip -f f; zcat f.gz
## stdout: new

#### unknown suffix
## file: g.txt
x
## end
gunzip g.txt; echo "status $?"
## stdout: status 2
## stderr: gzip: g.txt: unknown suffix -- ignored

#### not in gzip format
## file: x.gz
garbage
## end
gunzip x.gz; echo "status $?"
## stdout: status 1
## stderr-json: "\ngzip: x.gz: not in gzip format\n"

#### stdin not in gzip format
echo abc | gzip -d; echo "status $?"
## stdout: status 1
## stderr-json: "\ngzip: stdin: not in gzip format\n"

#### directory is ignored
## file: d/x
## end
gzip d; echo "status $?"
## stdout: status 2
## stderr: gzip: d is a directory -- ignored

#### recursive
## file: d/a
a
## end
## file: d/sub/b
b
## end
gzip -r d; printf '%s\n' d/* d/sub/*; zcat d/a.gz d/sub/b.gz
## STDOUT:
d/a.gz
d/sub
d/sub/b.gz
a
b
## END

#### test integrity
## file: f
x
## end
gzip f; gzip -t f.gz; echo "status $?"
## stdout: status 0

#### zcat several files
## file: a
1
## end
## file: b
2
## end
gzip a b; zcat a.gz b.gz
## STDOUT:
1
2
## END

#### concatenated members
## file: a
1
## end
## file: b
2
## end
gzip -c a > ab.gz; gzip -c b >> ab.gz; zcat ab.gz
## STDOUT:
1
2
## END

#### list a small file
## file: f
hello
## end
gzip f; gzip -l f.gz
## STDOUT:
         compressed        uncompressed  ratio uncompressed_name
                 28                   6 -33.3% f
## END

#### verbose compress of a small file
## file: f
hello
## end
gzip -v f
## stderr-json: "f:\t-33.3% -- replaced with f.gz\n"

#### invalid option
gzip -x; echo "status $?"
## stdout: status 1
## STDERR:
gzip: invalid option -- 'x'
Try `gzip --help' for more information.
## END

#### tgz becomes tar
## file: t/a.tar
t
## end
gzip -c t/a.tar > a.tgz; gunzip a.tgz; printf '%s\n' *; cat a.tar
## STDOUT:
a.tar
t
t
## END

#### gzip -v -k says created
echo hello > f; gzip -v -k f 2>&1 | sed 's/.*-- //'; gzip -v -d -k -f f.gz 2>&1 | sed 's/.*-- //'
## STDOUT:
created f.gz
created f
## END
