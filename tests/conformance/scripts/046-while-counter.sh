# A countdown with sleep and a retry loop.
attempt=0
until [ -f build/ready ]; do
    attempt=$((attempt + 1))
    echo "attempt $attempt: not ready"
    if [ $attempt -eq 3 ]; then
        : > build/ready
    fi
    sleep 0.01
done
echo "ready after $attempt attempts"
for i in 3 2 1; do printf '%d...' "$i"; sleep 0; done; echo liftoff
sleep 0.05 && echo slept
