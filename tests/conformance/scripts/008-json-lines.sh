# Read JSON-ish key/value lines without jq.
while IFS= read -r line; do
    line=${line#"${line%%[![:space:]]*}"}
    case $line in
        '"'*'":'*)
            key=${line%%'":'*}; key=${key#'"'}
            val=${line#*': '}; val=${val%,}
            val=${val#'"'}; val=${val%'"'}
            printf '%s=%s\n' "$key" "$val"
            ;;
    esac
done < data/config.json
