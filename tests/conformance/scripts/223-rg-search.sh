# ripgrep usage.
cd /tmp/cws
rg -l "import" | sort
rg -n "fn main" rust
rg -c "," data/items.csv
rg --files src | sort
rg -i "WIDGET" data
