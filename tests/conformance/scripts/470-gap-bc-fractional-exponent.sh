# Agent raises to a fractional power in bc.
echo "2^0.5" | bc 2>&1
