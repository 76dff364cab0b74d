# Recursive directory walk with a function.
walk() {
    local dir=$1 indent=$2 entry
    for entry in "$dir"/*; do
        [ -e "$entry" ] || continue
        if [ -d "$entry" ]; then
            echo "${indent}${entry##*/}/"
            walk "$entry" "$indent  "
        else
            echo "${indent}${entry##*/}"
        fi
    done
}
walk . ""
fact() { (( $1 <= 1 )) && { echo 1; return; }; echo $(( $1 * $(fact $(( $1 - 1 ))) )); }
fact 10
