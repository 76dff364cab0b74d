# Error messages and statuses of common commands.
cd /tmp/cws
cat nope; echo "cat $?"
grep x nope; echo "grep $?"
head nope; echo "head $?"
wc nope; echo "wc $?"
sort nope; echo "sort $?"
ls nope; echo "ls $?"
cp nope x; echo "cp $?"
rm nope; echo "rm $?"
mkdir src; echo "mkdir $?"
sed 's/x' README.md; echo "sed $?"
jq . nope; echo "jq $?"
