# FUNCNAME, BASH_SOURCE and caller in a call stack.
inner() {
    echo "FUNCNAME: ${FUNCNAME[*]}"
    echo "depth: ${#FUNCNAME[@]}"
    echo "source: ${BASH_SOURCE[0]##*/}"
    caller 0 | { read -r line fn file; echo "caller0: $line $fn ${file##*/}"; }
}
outer() { inner; }
outer
echo "top FUNCNAME: [${FUNCNAME[*]-}]"
echo "\$0: ${0##*/}"
