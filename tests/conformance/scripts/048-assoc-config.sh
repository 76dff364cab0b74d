# Load an ini-like file into an associative array.
declare -A cfg
section=
while IFS= read -r line; do
    case $line in
        ''|'#'*) continue ;;
        '['*']') section=${line#[}; section=${section%]} ;;
        *=*) key=${line%%=*}; key=${key% }; val=${line#*=}; val=${val# }; cfg[$section.$key]=$val ;;
    esac
done < .editorconfig
for k in root '*.indent_style' '*.indent_size'; do
    echo "$k=${cfg[$k]-missing}"
done
[[ -v cfg[root] ]] && echo "root is set"
[[ -v cfg[nope] ]] || echo "nope is not set"
unset 'cfg[root]'
echo "${#cfg[@]} keys left"
