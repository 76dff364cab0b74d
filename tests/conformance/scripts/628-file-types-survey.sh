# Agent surveys file types in the project.
cd /tmp/cws
file data/* | sort
file -b README.md
file --mime-type data/config.json src/main.py
file -i scripts/build.sh
file src/util
file nosuch; echo "status=$?"
find . -name '*.py' | sort | xargs file
