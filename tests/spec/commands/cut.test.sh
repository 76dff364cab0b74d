# cut: GNU coreutils cut.

#### cut fields with delimiter
echo 'a:b:c:d' | cut -d: -f2
## stdout: b

#### cut field list and range
echo 'a:b:c:d:e' | cut -d: -f1,3-4
## stdout: a:c:d

#### cut open ranges
echo 'a:b:c:d:e' | cut -d: -f-2,4-
## stdout: a:b:d:e

#### cut default tab delimiter
printf 'a\tb\tc\n' | cut -f2
## stdout: b

#### cut line without delimiter printed whole
printf 'abc\na:b\n' | cut -d: -f2
## STDOUT:
abc
b
## END

#### cut only delimited
printf 'abc\na:b\n' | cut -d: -f2 -s
## stdout: b

#### cut field past end
echo 'a:b' | cut -d: -f5
## STDOUT:

## END

#### cut bytes
echo 'abcdef' | cut -b2-4
## stdout: bcd

#### cut characters
echo 'abcdef' | cut -c1,3,5
## stdout: ace

#### cut chars open end
echo 'abcdef' | cut -c3-
## stdout: cdef

#### cut complement fields
echo 'a:b:c:d' | cut -d: -f2 --complement
## stdout: a:c:d

#### cut complement chars
echo 'abcdef' | cut -c2-3 --complement
## stdout: adef

#### cut output delimiter fields
echo 'a:b:c' | cut -d: -f1,3 --output-delimiter=' | '
## stdout: a | c

#### cut output delimiter bytes
echo 'abcdef' | cut -c1-2,4-5 --output-delimiter=-
## stdout: ab-de

#### cut space delimiter
echo 'one two three' | cut -d' ' -f2
## stdout: two

#### cut csv
printf 'name,age\nbob,30\nann,25\n' | cut -d, -f1
## STDOUT:
name
bob
ann
## END

#### cut files
printf 'a:1\n' > f1; printf 'b:2' > f2; cut -d: -f2 f1 f2
## STDOUT:
1
2
## END

#### cut missing file
echo 'x' | cut -f1 - nope; echo $?
## STDOUT:
x
1
## END
## stderr: cut: nope: No such file or directory

#### cut no list
cut; echo $?
## stdout: 1
## STDERR:
cut: you must specify a list of bytes, characters, or fields
Try 'cut --help' for more information.
## END

#### cut two lists
cut -b1 -f1 /dev/null; echo $?
## stdout: 1
## STDERR:
cut: only one list may be specified
Try 'cut --help' for more information.
## END

#### cut delimiter without fields
cut -d: -b1 /dev/null; echo $?
## stdout: 1
## STDERR:
cut: an input delimiter may be specified only when operating on fields
Try 'cut --help' for more information.
## END

#### cut s without fields
cut -s -c1 /dev/null; echo $?
## stdout: 1
## stderr-json: "cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry 'cut --help' for more information.\n"

#### cut multi char delimiter
cut -d ab -f1 /dev/null; echo $?
## stdout: 1
## STDERR:
cut: the delimiter must be a single character
Try 'cut --help' for more information.
## END

#### cut zero field
cut -f0 /dev/null; echo $?
## stdout: 1
## STDERR:
cut: fields are numbered from 1
Try 'cut --help' for more information.
## END

#### cut decreasing range
cut -c3-1 /dev/null; echo $?
## stdout: 1
## STDERR:
cut: invalid decreasing range
Try 'cut --help' for more information.
## END

#### cut bad list value
cut -f a /dev/null; echo $?
## stdout: 1
## STDERR:
cut: invalid field value ‘a’
Try 'cut --help' for more information.
## END

#### cut lone dash
cut -f- /dev/null; echo $?
## stdout: 1
## STDERR:
cut: invalid range with no endpoint: -
Try 'cut --help' for more information.
## END

#### cut unsorted list output in order
echo 'a:b:c:d' | cut -d: -f3,1
## stdout: a:c

#### cut empty fields
echo 'a::c' | cut -d: -f2,3
## stdout: :c

#### cut zero terminated
printf 'a:b\0c:d\0' | cut -z -d: -f2 | tr '\0' '\n'
## STDOUT:
b
d
## END

#### cut empty line
printf '\nx\n' | cut -c1
## STDOUT:

x
## END

#### a long delimiter is refused before the missing list
echo ab | cut -d'' -f1
## STDERR:
cut: the delimiter must be a single character
Try 'cut --help' for more information.
## END
## status: 1
