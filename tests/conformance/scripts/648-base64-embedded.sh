# Agent decodes base64 payloads found in a log.
cd /tmp/cws/build
payload=$(printf '{"user":"ana","id":7}' | base64)
echo "event data=$payload" > events.log
echo "event data=$(printf 'second' | base64)" >> events.log
sed -n 's/.*data=//p' events.log | while read -r p; do echo "$p" | base64 -d; echo; done
grep -o 'data=.*' events.log | cut -d= -f2- | head -1 | base64 --decode | wc -c
printf 'abc' | base64 -w 2
echo '@@@' | base64 -d 2>&1; echo "status=$?"
