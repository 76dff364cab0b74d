# Agent searches with ripgrep flags.
cd /tmp/cws
rg -n TODO | sort
rg -l "def" | sort
rg -c "import" src | sort
rg -t py "return" | sort
rg -g '*.rs' "fn " | sort
rg -w name data/items.csv data/config.json | sort
rg -i "fixme" src
rg --files src | sort
rg -F "(text)" src | sort
rg nothing-at-all; echo "rc $?"
rg -o "[0-9]+\.[0-9]+\.[0-9]+" docs/CHANGELOG.md
