# type shows a function's body.
lint() {
    local f
    for f in "$@"; do
        echo "lint $f"
    done
}
type lint
declare -f lint
declare -F lint
