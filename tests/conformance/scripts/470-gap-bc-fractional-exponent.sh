# Agent raises to a fractional power in bc.
# gap: bc does not warn "non-zero scale in exponent" (bc is owned by the jq branch)
echo "2^0.5" | bc 2>&1
