# Agent counts lines, words and bytes across the project.
cd /tmp/cws
wc data/*.csv data/*.tsv data/*.log
wc -l src/*.py src/util/*.py
cat data/app.log | wc
wc -c < README.md
wc -L data/access.log
wc -lw README.md docs/*.md
wc -l data/items.csv nosuch 2>&1; echo "status=$?"
find src -name '*.py' -print0 | wc -l --files0-from=- 2>/dev/null | tail -1
