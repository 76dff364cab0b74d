# case with ;& and ;;& and patterns.
classify() {
    case $1 in
        *.py) echo "  python" ;&
        *.rs|*.py) echo "  source code" ;;&
        src/*) echo "  under src" ;;
        [A-Z]*) echo "  capitalised" ;;
        '') echo "  empty" ;;
        *) echo "  other" ;;
    esac
}
for f in src/main.py rust/src/main.rs README.md notes/todo.txt ''; do
    echo "$f:"
    classify "$f"
done
case x in (x) echo "paren pattern" ;; esac
case "a|b" in a\|b) echo "escaped pipe" ;; esac
