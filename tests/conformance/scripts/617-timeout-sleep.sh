# Agent runs commands under a time limit.
cd /tmp/cws
timeout 5 grep -c INFO data/app.log
timeout 0.2 sleep 3; echo "status=$?"
timeout 5 sh -c 'exit 7'; echo "status=$?"
timeout 2 nosuchcommand; echo "status=$?"
timeout --preserve-status 0.1 sleep 2; echo "status=$?"
sleep 0.05s; echo "slept=$?"
sleep 1q; echo "status=$?"
timeout; echo "status=$?"
