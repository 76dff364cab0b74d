# String manipulation for code generation.
to_snake() {
    local s=$1 out= c i
    for (( i = 0; i < ${#s}; i++ )); do
        c=${s:i:1}
        if [[ $c == [A-Z] ]]; then
            [[ -n $out ]] && out+=_
            out+=${c,}
        else
            out+=$c
        fi
    done
    echo "$out"
}
to_camel() {
    local IFS=_ w out=
    for w in $1; do out+=${w^}; done
    echo "$out"
}
for n in ParseLine itemCount HTTPServer simple; do
    echo "$n -> $(to_snake "$n")"
done
for n in parse_line item_count x; do
    echo "$n -> $(to_camel "$n")"
done
s="Hello, World"
echo "${s,,} ${s^^} ${s,} ${s^}"
printf -v padded '%-10s|' "$s"
echo "$padded"
rev=; for (( i=${#s}-1; i>=0; i-- )); do rev+=${s:i:1}; done; echo "$rev"
