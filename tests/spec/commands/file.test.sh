# file: file 5.44 descriptions of common files.

#### ascii text
## file: a.txt
hello
## end
file a.txt
## stdout: a.txt: ASCII text

#### brief
## file: a.txt
hello
## end
file -b a.txt
## stdout: ASCII text

#### names are aligned
## file: a
x
## end
## file: longer.txt
y
## end
file a longer.txt
## STDOUT:
a:          ASCII text
longer.txt: ASCII text
## END

#### utf-8 text
printf 'h\303\251llo\n' > u; file u
## stdout: u: Unicode text, UTF-8 text

#### iso-8859 text
printf 'caf\351\n' > l; file l
## stdout: l: ISO-8859 text

#### empty file
## file: e
## end
file e
## stdout: e: empty

#### directory
## file: d/x
## end
file d
## stdout: d: directory

#### line terminators
printf 'a\r\nb\r\n' > crlf; printf 'a\rb\r' > cr; printf 'x\ny\r\n' > mixed; printf 'no newline' > nonl; file crlf cr mixed nonl
## STDOUT:
crlf:  ASCII text, with CRLF line terminators
cr:    ASCII text, with CR line terminators
mixed: ASCII text, with CRLF, LF line terminators
nonl:  ASCII text, with no line terminators
## END

#### very long lines
s=x; for i in 1 2 3 4 5 6 7 8 9; do s=$s$s; done; echo "$s" > long; file long
## stdout: long: ASCII text, with very long lines (512)

#### binary data
printf '\000\001\002binary' > bin; file bin
## stdout: bin: data

#### json
## file: j.json
{"a": [1, 2]}
## end
file j.json
## stdout: j.json: JSON text data

#### scripts
printf '#!/bin/bash\necho hi\n' > b; printf '#!/bin/sh\necho hi\n' > s; printf '#!/usr/bin/env python3\nprint(1)\n' > p; printf '#!/usr/bin/env bash\nx\n' > e; file b s p e
## STDOUT:
b: Bourne-Again shell script, ASCII text executable
s: POSIX shell script, ASCII text executable
p: Python script, ASCII text executable
e: Bourne-Again shell script, ASCII text executable
## END

#### html and xml
printf '<!DOCTYPE html>\n<html></html>\n' > h; printf '<?xml version="1.0"?>\n<a/>\n' > x; file h x
## STDOUT:
h: HTML document, ASCII text
x: XML 1.0 document, ASCII text
## END

#### gzip data
## file: f
hello
## end
gzip f; out=$(file f.gz); echo "${out%%\"f\"*}"; echo "${out##*, }"
## STDOUT:
f.gz: gzip compressed data, was 
original size modulo 2^32 6
## END

#### tar archive
## file: f
hello
## end
tar cf a.tar f; file a.tar
## stdout: a.tar: POSIX tar archive (GNU)

#### png header
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\040\010\006\000\000\000' > i.png; file i.png
## stdout: i.png: PNG image data, 16 x 32, 8-bit/color RGBA, non-interlaced

#### pdf and gif
printf '%%PDF-1.4\n' > p.pdf; printf 'GIF89a\001\000\001\000' > g.gif; file p.pdf g.gif
## STDOUT:
p.pdf: PDF document, version 1.4
g.gif: GIF image data, version 89a, 1 x 1
## END

#### missing file
file nope; echo "status $?"
## STDOUT:
nope: cannot open `nope' (No such file or directory)
status 0
## END

#### mime type
## file: a.txt
hello
## end
file -i a.txt; file --mime-type a.txt; file -b --mime-type a.txt
## STDOUT:
a.txt: text/plain; charset=us-ascii
a.txt: text/plain
text/plain
## END

#### stdin
printf 'x\n' | file -
## stdout: /dev/stdin: ASCII text

#### no arguments
file; echo "status $?"
## stdout: status 1
## STDERR:
Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]
            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]
            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]
            <file> ...
       file -C [-m <magicfiles>]
       file [--help]
## END

#### file recognizes CSV
printf 'a,b,c\n1,2,3\n4,5,6\n' > t.csv; printf 'a,b\n1,2\n' > short.csv; file t.csv short.csv; file --mime-type t.csv
## STDOUT:
t.csv:     CSV text
short.csv: ASCII text
t.csv: text/csv
## END

#### file guesses source languages
printf '#include <stdio.h>\nint main(void) { return 0; }\n' > a.c
printf 'def f():\n    return 1\n' > b.py
printf 'const x = require("y");\n' > c.js
printf 'all:\n\techo hi\n' > Makefile
printf '<?php echo 1;\n' > d.php
printf 'import os\n' > e.py
file a.c b.py c.js Makefile d.php e.py
## STDOUT:
a.c:      C source, ASCII text
b.py:     Python script, ASCII text executable
c.js:     JavaScript source, ASCII text
Makefile: makefile script, ASCII text
d.php:    PHP script, ASCII text
e.py:     ASCII text
## END

#### file PNG colour kinds
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1\0\0\0\2\1\0\0\0\0' > g.png; file g.png
## stdout: g.png: PNG image data, 1 x 2, 1-bit grayscale, non-interlaced

#### file UTF-16 text with a byte order mark
printf '\377\376h\0i\0\n\0' > u1; printf '\376\377\0h\0i\0\r\0\n' > u2; printf '\377\376' > u3; file u1 u2 u3; file -i u1
## STDOUT:
u1: Unicode text, UTF-16, little-endian text
u2: Unicode text, UTF-16, big-endian text, with CRLF line terminators
u3: Unicode text, UTF-16, little-endian text, with no line terminators
u1: text/plain; charset=utf-16le
## END

#### CSV text needs more than two lines with the same number of commas
printf 'a,b\n1,2\n3,4\n' > c3; printf 'a,b\n1,2\n' > c2; printf 'a,b\n"x,y",2\n3,4\n' > q; printf 'a,b\nx,y,2\n3,4\n' > bad
file c3 c2 q bad; file -bi c3
## STDOUT:
c3:  CSV text
c2:  ASCII text
q:   CSV text
bad: ASCII text
text/csv; charset=us-ascii
## END

#### C source from a main function
printf 'fn main() {}\n' > a.rs; printf 'int main(void)\n{\n' > b.c; printf 'hello main( there\n' > t
file a.rs b.c t; file -bi a.rs
## STDOUT:
a.rs: C source, ASCII text
b.c:  C source, ASCII text
t:    ASCII text
text/x-c; charset=us-ascii
## END

#### file tells JSON from newline-delimited JSON
printf '{"a":1}\n{"b":2}\n' > n1; printf '[1] [2]' > n2; printf '{"a":1}\n' > j; printf '{"a":1}\n2\n' > m1; printf '1\n2\n' > m2
file n1 n2 j m1 m2; file -i n1 j
## STDOUT:
n1: New Line Delimited JSON text data
n2: New Line Delimited JSON text data
j:  JSON text data
m1: ASCII text
m2: ASCII text
n1: application/x-ndjson; charset=us-ascii
j:  application/json; charset=us-ascii
## END
