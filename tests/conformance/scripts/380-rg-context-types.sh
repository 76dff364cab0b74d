# Agent uses ripgrep context and output modifiers.
cd /tmp/cws
rg -n -A1 "def slugify" src
rg -C1 "TODO" rust/src/parser.rs
rg --no-filename -n TODO rust | sort
rg -l -t rust TODO
rg -c TODO --sort path
rg --sort path -n "import" src
rg -i "VERSION" -g '*.py' -n
rg -v "^\s*$" -c src/util/strings.py
rg "^(def|class)" -r 'X' src/util/strings.py
rg -e widget -e flange data
rg -q TODO && echo "has TODOs"
rg nope-dir-pattern nope; echo "rc $?"
