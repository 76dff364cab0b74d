# Agent chains greps and text tools to summarise code.
cd /tmp/cws
grep -rhoE "def [a-z_]+" src | sed 's/def //' | sort
grep -rn "import" src | cut -d: -f1 | sort | uniq -c
grep -E "^[a-z]+,(tools|parts)," data/items.csv | cut -d, -f1 | tr '\n' ' '; echo
grep -rl "fn " rust | xargs grep -c "fn" | sort
grep -n "" README.md | tail -3
cat data/items.csv | grep -v '^name' | sort -t, -k3 -n | head -3
grep -A2 '\[dependencies\]' rust/Cargo.toml
grep -x "1.4.2" data/VERSION && echo exact
grep -f <(printf 'widget\nflange\n') data/items.csv
