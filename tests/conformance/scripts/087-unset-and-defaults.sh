# Unset vs empty and the default operators.
a= ; unset b
echo "[${a-dash}] [${a:-colon}] [${b-dash}] [${b:-colon}]"
echo "[${a+plus}] [${a:+cplus}] [${b+plus}]"
: "${c:=assigned}"; echo "c=$c"
[[ -v a ]] && echo "a is set"
[[ -v b ]] || echo "b is unset"
unset -v a; [[ -z ${a+x} ]] && echo "a now unset"
f() { echo fn; }; unset -f f; f 2>/dev/null || echo "f removed"
declare -A m=([k]=v); unset 'm[k]'; echo "m has ${#m[@]}"
