# $RANDOM is reproducible once seeded.
RANDOM=42
echo "$RANDOM $RANDOM $RANDOM"
r=$RANDOM
(( r >= 0 && r < 32768 )) && echo "in range"
