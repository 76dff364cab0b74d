# exec with numbered file descriptors.
exec 3> build/report.txt
echo "header" >&3
for f in src/*.py; do echo "file: $f" >&3; done
exec 3>&-
cat build/report.txt
exec 4< data/items.csv
read -r header <&4
read -r first <&4
exec 4<&-
echo "header=$header"
echo "first=$first"
exec 5>> build/report.txt
echo "appended" >&5
exec 5>&-
cat build/report.txt
echo to-stderr >&2
echo bad >&7
echo "status $?"
