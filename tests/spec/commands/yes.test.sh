# yes: repeats until the reader goes away.

#### yes default line
yes | { read -r a; read -r b; echo "$a $b"; }
## stdout: y y

#### yes custom words
yes hello world | { read -r a; echo "$a"; }
## stdout: hello world

#### yes pipe status when reader exits
yes | { read -r a; }; echo "${PIPESTATUS[@]}"
## stdout: 141 0

#### yes help first line
yes --help | { read -r l; echo "$l"; }
## stdout: Usage: yes [STRING]...

#### yes version
yes --version | { read -r l; echo "$l"; }
## stdout: yes (GNU coreutils) 9.1

#### yes bad option
yes --bogus; echo $?
## stdout: 1
## STDERR:
yes: unrecognized option '--bogus'
Try 'yes --help' for more information.
## END

#### yes through tr
yes ab | tr -d '\n' | { read -r -n 7 x; echo "$x"; }
## stdout: abababa
