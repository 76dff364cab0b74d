# Agent copies with backup and update options.
cd /tmp/cws
echo old > conf.txt; echo new > conf.new
touch -d '2020-01-01' a.txt; echo A > a.txt; touch -d '2020-01-01' a.txt
echo B > b.txt
cp -u a.txt b.txt; cat b.txt
cp -u b.txt a.txt; cat a.txt
cp -vu b.txt a.txt
cp -rT src src-flat && ls src-flat
cp --parents src/util/strings.py build/ && find build -type f
