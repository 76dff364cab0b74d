# getopts: options, arguments, OPTIND, errors, silent mode.

#### simple flags
set -- -a -b; while getopts ab o; do echo "opt $o"; done
## STDOUT:
opt a
opt b
## END

#### option with an argument
set -- -f file.txt -v; while getopts f:v o; do echo "$o ${OPTARG-}"; done
## stdout-json: "f file.txt\nv \n"

#### attached option argument
set -- -ffile; getopts f: o; echo "$o $OPTARG"
## stdout: f file

#### combined flags
set -- -abc; while getopts abc o; do printf '%s ' $o; done; echo
## stdout-json: "a b c \n"

#### OPTIND after parsing
set -- -a -b rest; while getopts ab o; do :; done; echo $OPTIND; shift $((OPTIND-1)); echo "$@"
## STDOUT:
3
rest
## END

#### stops at the first non-option
set -- -a x -b; while getopts ab o; do echo $o; done; echo "OPTIND=$OPTIND"
## STDOUT:
a
OPTIND=2
## END

#### double dash ends options
set -- -a -- -b; while getopts ab o; do echo $o; done; echo "OPTIND=$OPTIND"
## STDOUT:
a
OPTIND=3
## END

#### unknown option
set -- -z; getopts ab o; echo "status $? o=$o"
## stdout: status 0 o=?
## stderr: bash: illegal option -- z

#### missing argument
set -- -f; getopts f: o; echo "status $? o=$o"
## stdout: status 0 o=?
## stderr: bash: option requires an argument -- f

#### silent mode unknown option
set -- -z; getopts :ab o; echo "o=$o OPTARG=$OPTARG"
## stdout: o=? OPTARG=z

#### silent mode missing argument
set -- -f; getopts :f: o; echo "o=$o OPTARG=$OPTARG"
## stdout: o=: OPTARG=f

#### getopts returns false at the end
set --; getopts a o; echo "status $? o=$o"
## stdout: status 1 o=?

#### getopts parses explicit arguments
getopts x: o -x val; echo "$o $OPTARG"
## stdout: x val

#### getopts in a function with local OPTIND
f() { local OPTIND o; while getopts n: o; do echo "n=$OPTARG"; done; }; f -n 1; f -n 2
## STDOUT:
n=1
n=2
## END

#### OPTERR=0 silences messages
OPTERR=0; set -- -z; getopts a o; echo "o=$o"
## stdout: o=?
