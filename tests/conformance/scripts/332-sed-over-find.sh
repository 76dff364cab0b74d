# Agent rewrites text across files found by grep.
cd /tmp/cws
grep -rl "1.4.2" . | sort
grep -rl "1.4.2" --include='*.py' --include='*.json' . | sort | xargs sed -i 's/1\.4\.2/1.5.0/g'
grep -rn "1\.5\.0" . | sort
grep -rc "1.4.2" . | grep -v ':0$' | sort
