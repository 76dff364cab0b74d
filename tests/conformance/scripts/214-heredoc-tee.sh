# Write files with heredocs and tee.
cd /tmp/cws/build
cat > notes.md <<'END'
# Notes
- first
- second
END
echo "- third" | tee -a notes.md
wc -l notes.md
grep -c '^-' notes.md
tee copy1.txt copy2.txt < notes.md > /dev/null
cmp copy1.txt copy2.txt && echo same
