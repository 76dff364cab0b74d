# printf -v, formats and escapes.
printf -v line '%s=%s' key value
echo "$line"
printf '%s %s\n' only-one
printf '%c|%5.2s|%-4s|\n' hello abc x
printf '%03d %+d % d %.3d\n' 7 7 7 7
printf '%i %u\n' -3 42
printf '\x41\101\u00e9\n'
printf 'no newline'
echo
printf -- '--dash\n'
printf '%s\n' "$(printf '%s,' a b c)"
