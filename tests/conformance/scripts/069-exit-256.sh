# exit statuses wrap modulo 256.
( exit 256 ); echo "256 -> $?"
( exit 257 ); echo "257 -> $?"
( exit -1 ); echo "-1 -> $?"
f() { return 255; }; f; echo "255 -> $?"
echo "final"
exit 300
