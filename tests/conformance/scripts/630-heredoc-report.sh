# Agent writes a report from a here-document and checks it with wc and head.
cd /tmp/cws/build
n=$(wc -l < ../data/app.log)
errs=$(grep -c ERROR ../data/app.log)
cat > report.md <<EOF
# Log report
lines: $n
errors: $errs
generated: $(printf '%s' "$(cat ../data/VERSION)")
EOF
cat report.md
wc -l report.md
tail -n 2 report.md | cut -d: -f1
cat <<'RAW' | tac
first $n
second
RAW
