# Agent hits awk numeric constants and flow-control errors.
awk 'BEGIN { print 010, 0x10, 018, 1e3, .5 }'
echo 010 | awk '{ print $1 + 0, $1 * 2 }'
awk 'BEGIN { next }' 2>&1; echo "st=$?"
awk 'END { nextfile }' 2>&1 </dev/null; echo "st=$?"
awk 'BEGIN { ok = 1; ok && n = 5; print n }'
