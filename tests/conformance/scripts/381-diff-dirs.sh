# Agent compares two directory copies after edits.
cd /tmp/cws
cp -r rust rust2
echo "// new" >> rust2/src/main.rs
rm rust2/Cargo.toml
echo "x" > rust2/extra.txt
diff -r rust rust2; echo "rc $?"
diff -rq rust rust2 | sort; echo "rc $?"
diff -ru rust/src rust2/src | grep '^[+-]' | grep -v '^+++\|^---'
diff -q README.md README.md; echo "rc $?"
diff README.md src; echo "rc $?"
