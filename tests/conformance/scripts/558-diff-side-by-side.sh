# Agent compares two versions of a file side by side.
cd /tmp/cws
cp data/items.csv /tmp/cws/new.csv
sed -i -e 's/widget,tools,4/widget,tools,6/' -e '/flange/d' new.csv
echo 'bolt,parts,100,0.10' >> new.csv
diff -y -W 60 data/items.csv new.csv; echo "status $?"
diff -y --suppress-common-lines -W 70 data/items.csv new.csv
diff -y -t -W 50 data/items.csv data/items.csv | head -3
diff -u data/items.csv new.csv | tail -n +3
