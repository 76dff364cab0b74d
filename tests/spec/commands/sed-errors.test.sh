# sed: compile errors with GNU sed 4.9's exact messages, positions and statuses. Files `a`
# (one..five) and `b` (x1, x2) are preloaded where a case names them.

#### error: unknown command
## file: a
one
two
three
four
five
## end
sed k a
## stderr: sed: -e expression #1, char 1: unknown command: `k'
## status: 1

#### error: unterminated s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b' a
## stderr: sed: -e expression #1, char 5: unterminated `s' command
## status: 1

#### error: unterminated s at the pattern
## file: a
one
two
three
four
five
## end
sed 's/a' a
## stderr: sed: -e expression #1, char 3: unterminated `s' command
## status: 1

#### error: unknown option to s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b/gx' a
## stderr: sed: -e expression #1, char 8: unknown option to `s'
## status: 1

#### error: extra characters after command
## file: a
one
two
three
four
five
## end
sed 'p x' a
## stderr: sed: -e expression #1, char 3: extra characters after command
## status: 1

#### error: extra characters after d
## file: a
one
two
three
four
five
## end
sed dp a
## stderr: sed: -e expression #1, char 2: extra characters after command
## status: 1

#### error: unmatched brace
## file: a
one
two
three
four
five
## end
sed '{p' a
## stderr: sed: -e expression #1, char 0: unmatched `{'
## status: 1

#### error: unexpected closing brace
## file: a
one
two
three
four
five
## end
sed 'p;}' a
## stderr: sed: -e expression #1, char 3: unexpected `}'
## status: 1

#### error: closing brace alone
## file: a
one
two
three
four
five
## end
sed '}' a
## stderr: sed: -e expression #1, char 1: unexpected `}'
## status: 1

#### error: comments take no addresses
## file: a
one
two
three
four
five
## end
sed '1#x' a
## stderr: sed: -e expression #1, char 2: comments don't accept any addresses
## status: 1

#### error: y lengths differ
## file: a
one
two
three
four
five
## end
sed 'y/abc/de/' a
## stderr: sed: -e expression #1, char 9: strings for `y' command are different lengths
## status: 1

#### error: unterminated y
## file: a
one
two
three
four
five
## end
sed 'y/a/' a
## stderr: sed: -e expression #1, char 4: unterminated `y' command
## status: 1

#### error: missing label
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'b foo' a
## stderr: sed: can't find label for jump to `foo'
## status: 4

#### error: invalid back-reference
## file: a
one
two
three
four
five
## end
sed 's/\(a\)/\2/' a
## stderr: sed: -e expression #1, char 11: invalid reference \2 on `s' command's RHS
## status: 1

#### error: a without text
## file: a
one
two
three
four
five
## end
sed a a
## stderr: sed: -e expression #1, char 1: expected \ after `a', `c' or `i'
## status: 1

#### error: unexpected comma
## file: a
one
two
three
four
five
## end
sed '1,p' a
## stderr: sed: -e expression #1, char 3: unexpected `,'
## status: 1

#### error: unterminated address regex
## file: a
one
two
three
four
five
## end
sed '/abc' a
## stderr: sed: -e expression #1, char 4: unterminated address regex
## status: 1

#### error: multiple bangs
## file: a
one
two
three
four
five
## end
sed '3!!p' a
## stderr: sed: -e expression #1, char 3: multiple `!'s
## status: 1

#### error: colon without label
## file: a
one
two
three
four
five
## end
sed ': ' a
## stderr: sed: -e expression #1, char 2: ":" lacks a label
## status: 1

#### error: r without file name
## file: a
one
two
three
four
five
## end
sed r a
## stderr: sed: -e expression #1, char 1: missing filename in r/R/w/W commands
## status: 1

#### error: s w without file name
## file: b
x1
x2
## end
sed 's/x/y/w' b
## stderr: sed: -e expression #1, char 7: missing filename in r/R/w/W commands
## status: 1

#### error: line address 0
## file: a
one
two
three
four
five
## end
sed 0p a
## stderr: sed: -e expression #1, char 2: invalid usage of line address 0
## status: 1

#### error: 0 with a numeric end
## file: a
one
two
three
four
five
## end
sed 0,5p a
## stderr: sed: -e expression #1, char 4: invalid usage of line address 0
## status: 1

#### error: expected newer version
## file: a
one
two
three
four
five
## end
sed 'v 9.0' a
## stderr: sed: -e expression #1, char 5: expected newer version of sed
## status: 1

#### error: extra characters after q
## file: a
one
two
three
four
five
## end
sed 'q 5 x' a
## stderr: sed: -e expression #1, char 5: extra characters after command
## status: 1

#### error: q with two addresses
## file: a
one
two
three
four
five
## end
sed '1,2q' a
## stderr: sed: -e expression #1, char 4: command only uses one address
## status: 1

#### error: multiple number options
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b/3g2' a
## stderr: sed: -e expression #1, char 9: multiple number options to `s' command
## status: 1

#### error: number option zero
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b/0' a
## stderr: sed: -e expression #1, char 7: number option to `s' command may not be zero
## status: 1

#### error: multiple p options
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b/pp' a
## stderr: sed: -e expression #1, char 8: multiple `p' options to `s' command
## status: 1

#### error: unknown command comma
## file: a
one
two
three
four
five
## end
sed ',p' a
## stderr: sed: -e expression #1, char 1: unknown command: `,'
## status: 1

#### error: three addresses
## file: a
one
two
three
four
five
## end
sed '1,2,3p' a
## stderr: sed: -e expression #1, char 4: unknown command: `,'
## status: 1

#### error: regex unmatched paren
## file: a
one
two
three
four
five
## end
sed -n '/\(/p' a
## stderr: sed: -e expression #1, char 4: Unmatched ( or \(
## status: 1

#### error: regex in s
## file: a
one
two
three
four
five
## end
sed 's/\(/x/' a
## stderr: sed: -e expression #1, char 7: Unmatched ( or \(
## status: 1

#### error: regex bad interval
## file: a
one
two
three
four
five
## end
sed 's/a\{1/x/g' a
## stderr: sed: -e expression #1, char 10: Unmatched \{
## status: 1

#### error: in the second expression
## file: a
one
two
three
four
five
## end
sed -e p -e 'k' a
## stderr: sed: -e expression #2, char 1: unknown command: `k'
## status: 1

#### error: in a script file
## file: a
one
two
three
four
five
## end
printf 'p\n\ns/x\n' > bad.sed; sed -f bad.sed a
## stderr: sed: file bad.sed line 3: unterminated `s' command
## status: 1

#### error: script file missing
## file: a
one
two
three
four
five
## end
sed -f nope a; echo "status $?"
## stdout: status 4
## stderr: sed: couldn't open file nope: No such file or directory

#### error: no previous regular expression
## file: a
one
two
three
four
five
## end
sed 's//x/' a
## stderr: sed: -e expression #1, char 0: no previous regular expression
## status: 1

#### error: no previous regex in an address
## file: a
one
two
three
four
five
## end
sed -n '//p' a
## stderr: sed: -e expression #1, char 0: no previous regular expression
## status: 1

#### error: no script
sed
## STDERR:
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
## END
## status: 1

#### error: invalid option
## file: a
one
two
three
four
five
## end
sed -x a
## STDERR:
sed: invalid option -- 'x'
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
## END
## status: 1

#### error: unknown long option
## file: a
one
two
three
four
five
## end
sed --bogus a
## STDERR:
sed: unrecognized option '--bogus'
Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the `l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
## END
## status: 1

#### error: 0~0 address
printf '1\n' | sed -n '0~0p'
## stderr: sed: -e expression #1, char 4: invalid usage of line address 0
## status: 1

#### error: unmatched brace in a script file reports its line
## file: b
x1
x2
## end
printf 'p\np\n1{\np\np\n' > s.sed; sed -f s.sed b
## stderr: sed: file s.sed line 3: unmatched `{'
## status: 1

#### error: unmatched brace in the second expression
## file: b
x1
x2
## end
sed -e p -e '1{' -e p b
## stderr: sed: -e expression #2, char 0: unmatched `{'
## status: 1

#### error: line count includes the consumed newline
## file: b
x1
x2
## end
printf 's/x/\\2/\n' > s.sed; sed -f s.sed b
## stderr: sed: file s.sed line 2: invalid reference \2 on `s' command's RHS
## status: 1

#### error: unterminated s before a newline in a file
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
printf 'p\ns/a/b\n' > s.sed; sed -f s.sed b
## stderr: sed: file s.sed line 2: unterminated `s' command
## status: 1

#### error: unterminated s at the end of the first expression
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed -e 's/a/b' -e p b
## stderr: sed: -e expression #1, char 5: unterminated `s' command
## status: 1

#### error: newline inside y
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 'y/a/
/' b
## stderr: sed: -e expression #1, char 4: unterminated `y' command
## status: 1

#### error: newline inside s
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
sed 's/a/b
p' b
## stderr: sed: -e expression #1, char 5: unterminated `s' command
## status: 1

#### error: third expression
## file: b
x1
x2
## end
sed -e p -e p -e 'k' b
## stderr: sed: -e expression #3, char 1: unknown command: `k'
## status: 1

#### error: ERE repetition with nothing before it
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed -E 's/*a/X/'
## stderr: sed: -e expression #1, char 7: Invalid preceding regular expression
## status: 1

#### error: ERE plus after an alternation bar
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'ab' | sed -E 's/a|+b/X/'
## stderr: sed: -e expression #1, char 9: Invalid preceding regular expression
## status: 1

#### error: ERE interval without a closing brace
## file: a
one
two
three
four
five
## end
echo 'ab' | sed -E 's/a{1/X/'
## stderr: sed: -e expression #1, char 8: Unmatched \{
## status: 1

#### error: ERE interval with bad content
## file: a
one
two
three
four
five
## end
echo 'ab' | sed -E 's/a{x}/X/'
## stderr: sed: -e expression #1, char 9: Invalid content of \{\}
## status: 1

#### error: ERE interval with a reversed range
## file: a
one
two
three
four
five
## end
echo 'ab' | sed -E 's/a{2,1}/X/'
## stderr: sed: -e expression #1, char 11: Invalid content of \{\}
## status: 1

#### error: ERE brace alone
echo 'ab' | sed -E 's/{/X/'
## stderr: sed: -e expression #1, char 6: Invalid preceding regular expression
## status: 1

#### error: ERE repetition after an anchor
echo 'ab' | sed -E 's/^*/X/'
## stderr: sed: -e expression #1, char 7: Invalid preceding regular expression
## status: 1

#### error: BRE star after a star
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed 's/a**/X/'
## stderr: sed: -e expression #1, char 8: Invalid preceding regular expression
## status: 1

#### error: BRE interval after a star
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed 's/a*\{2\}/X/'
## stderr: sed: -e expression #1, char 12: Invalid preceding regular expression
## status: 1

#### error: BRE interval with nothing before it
## file: a
one
two
three
four
five
## end
## file: b
x1
x2
## end
echo 'a*b' | sed 's/^\{1\}/X/'
## stderr: sed: -e expression #1, char 11: Invalid preceding regular expression
## status: 1

#### error: BRE interval never closed
## file: a
one
two
three
four
five
## end
echo 'ab' | sed 's/.\{a/X/'
## stderr: sed: -e expression #1, char 9: Unmatched \{
## status: 1

#### error: back-reference before its group
## file: a
one
two
three
four
five
## end
echo 'ab' | sed 's/\1\(a\)/X/'
## stderr: sed: -e expression #1, char 12: Invalid back reference
## status: 1
