# shopt -s xpg_echo makes echo expand escapes.
shopt -s xpg_echo
echo "xpg\tmode"
