# man: no manual pages in the sandbox; man prints the utility's --help.

#### man prints the usage text
man mkdir > out; read -r first < out; echo "$first"
## stdout: Usage: mkdir [OPTION]... DIRECTORY...
## mirage-only: man shows --help instead of a formatted page

#### man of an unknown name
man nope-nope; echo "status $?"
## stdout: status 16
## stderr: No manual entry for nope-nope
## mirage-only: man shows --help instead of a formatted page

#### man without a name
man; echo "status $?"
## stdout: status 1
## STDERR:
What manual page do you want?
For example, try 'man man'.
## END
