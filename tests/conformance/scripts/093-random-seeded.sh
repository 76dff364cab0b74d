# $RANDOM is reproducible once seeded.
# gap: RANDOM=seed gives a different sequence from bash
RANDOM=42
echo "$RANDOM $RANDOM $RANDOM"
r=$RANDOM
(( r >= 0 && r < 32768 )) && echo "in range"
