# md5sum, sha1sum, sha256sum, sha512sum: print and check digests.

#### md5sum of files
printf 'a\nb\nc\n' > f; printf 'x\ny' > g; md5sum f g
## STDOUT:
40c53c58fdafacc83cfff6ee3d2f6d69  f
16151ff14c884e2d18c9903202288ba0  g
## END

#### sha1sum of stdin
echo hi | sha1sum
## stdout: 55ca6286e3e4f4fba5d0448333fa99fc5a404a73  -

#### sha256sum and sha512sum
printf 'a\nb\nc\n' > f; sha256sum f; printf '' | sha512sum
## STDOUT:
880553fca8fcea94e325ee2cfb48e5a985cc797f39a14cc6d3cedecfeb2ae4d2  f
cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e  -
## END

#### md5sum binary marker and tag
printf 'a\nb\nc\n' > f; md5sum -b f; md5sum --tag f
## STDOUT:
40c53c58fdafacc83cfff6ee3d2f6d69 *f
MD5 (f) = 40c53c58fdafacc83cfff6ee3d2f6d69
## END

#### md5sum escapes a backslash in the name
printf 'a' > 'x\y'; md5sum 'x\y'
## stdout: \0cc175b9c0f1b6a831c399e269772661  x\\y

#### md5sum missing file and directory
## file: d/x
## end
md5sum nope d; echo "s $?"
## stdout: s 1
## STDERR:
md5sum: nope: No such file or directory
md5sum: d: Is a directory
## END

#### md5sum -c all OK
printf 'a\n' > f; printf 'b\n' > g; md5sum f g > sums; md5sum -c sums; echo "s $?"
## STDOUT:
f: OK
g: OK
s 0
## END

#### md5sum -c failures and warnings
printf 'a\n' > f; md5sum f > sums; echo "00000000000000000000000000000000  f" >> sums; echo garbage >> sums; echo "d41d8cd98f00b204e9800998ecf8427e  nope" >> sums
md5sum -c sums; echo "s $?"
## STDOUT:
f: OK
f: FAILED
nope: FAILED open or read
s 1
## END
## STDERR:
md5sum: nope: No such file or directory
md5sum: WARNING: 1 line is improperly formatted
md5sum: WARNING: 1 listed file could not be read
md5sum: WARNING: 1 computed checksum did NOT match
## END

#### md5sum -c plural warnings
printf 'a\n' > f; printf '%s  f\n' 00000000000000000000000000000000 11111111111111111111111111111111 > sums
md5sum -c sums; echo "s $?"
## STDOUT:
f: FAILED
f: FAILED
s 1
## END
## stderr: md5sum: WARNING: 2 computed checksums did NOT match

#### md5sum -c quiet and status
printf 'a\n' > f; printf 'b\n' > g; md5sum f g > sums; echo "00000000000000000000000000000000  g" >> sums
md5sum -c --quiet sums; echo "s $?"; md5sum -c --status sums; echo "s $?"
## STDOUT:
g: FAILED
s 1
s 1
## END
## stderr: md5sum: WARNING: 1 computed checksum did NOT match

#### md5sum -c tag format from stdin
printf 'a\n' > f; md5sum --tag f | md5sum -c
## stdout: f: OK

#### md5sum -c no proper lines
printf 'a\n' > f; md5sum -c f; echo "s $?"
## stdout: s 1
## stderr: md5sum: f: no properly formatted checksum lines found

#### md5sum -c warn about bad lines
printf 'a\n' > f; md5sum f > sums; echo junk >> sums; md5sum -c -w sums
## stdout: f: OK
## STDERR:
md5sum: sums: 2: improperly formatted MD5 checksum line
md5sum: WARNING: 1 line is improperly formatted
## END

#### md5sum -c strict fails on bad lines
printf 'a\n' > f; md5sum f > sums; echo junk >> sums; md5sum -c --strict sums 2>/dev/null; echo "s $?"
## STDOUT:
f: OK
s 1
## END

#### md5sum -c ignore missing
printf 'a\n' > f; md5sum f > sums; echo "d41d8cd98f00b204e9800998ecf8427e  nope" >> sums; md5sum -c --ignore-missing sums; echo "s $?"
## STDOUT:
f: OK
s 0
## END

#### sha256sum -c
printf 'a\n' > f; sha256sum f > sums; sha256sum -c sums
## stdout: f: OK

#### md5sum option only for checking
md5sum --quiet f; echo "s $?"
## stdout: s 1
## STDERR:
md5sum: the --quiet option is meaningful only when verifying checksums
Try 'md5sum --help' for more information.
## END

#### check of standard input without checksum lines quotes its name
printf 'bad\n' | md5sum -c; echo "s $?"
## stdout: s 1
## stderr: md5sum: 'standard input': no properly formatted checksum lines found

#### check -w warns about each bad line with the quoted name
printf 'bad\n' > 'my list'; sha1sum -c -w 'my list'; echo "s $?"
## stdout: s 1
## STDERR:
sha1sum: 'my list': 1: improperly formatted SHA1 checksum line
sha1sum: 'my list': no properly formatted checksum lines found
## END
