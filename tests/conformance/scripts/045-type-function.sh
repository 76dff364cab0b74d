# type shows a function's body.
# gap: type and declare -f do not print the function body
lint() {
    local f
    for f in "$@"; do
        echo "lint $f"
    done
}
type lint
declare -f lint
declare -F lint
