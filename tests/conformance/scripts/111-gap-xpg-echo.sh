# shopt -s xpg_echo makes echo expand escapes.
# gap: xpg_echo is ignored
shopt -s xpg_echo
echo "xpg\tmode"
