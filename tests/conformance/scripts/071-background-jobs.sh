# Background jobs with sleep and wait.
( sleep 0.05; echo "job 1 done" ) &
pid1=$!
( sleep 0.01; echo "job 2 done"; exit 3 ) &
pid2=$!
wait $pid2
echo "job 2 status: $?"
wait $pid1
echo "job 1 status: $?"
[[ $pid1 =~ ^[0-9]+$ ]] && echo "pid is numeric"
sleep 0.01 &
wait
echo "all done"
