# An agent's first look at a project: what is here?
echo "cwd: $PWD"
for f in *; do
    if [ -d "$f" ]; then
        echo "dir  $f/"
    elif [ -f "$f" ]; then
        echo "file $f"
    fi
done
echo "--- dotfiles"
for f in .*; do
    case $f in
        .|..) continue ;;
    esac
    echo "$f"
done
