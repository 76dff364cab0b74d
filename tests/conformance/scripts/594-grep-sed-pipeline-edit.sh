# Agent finds occurrences, rewrites them, and verifies with a count.
cd /tmp/cws
cp -r rust build/rust
before=$(grep -rc 'unwrap' build/rust --include='*.rs' | awk -F: '{s += $2} END {print s}')
grep -rln 'parse' build/rust --include='*.rs' | sort | while IFS= read -r f; do
  sed -i.bak -E 's/\bparse\b/parse_line/g' "$f"
  echo "edited $f"
done
find build/rust -name '*.bak' | sort
grep -rn 'parse_line' build/rust --include='*.rs' | sort
echo "unwrap before: ${before:-0}"
diff <(grep -rh 'fn ' rust --include='*.rs' | sort) <(grep -rh 'fn ' build/rust --include='*.rs' | sort)
