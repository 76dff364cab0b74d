# Parse a .env file.
while IFS='=' read -r key value; do
    [[ -z $key || $key == \#* ]] && continue
    value=${value%\"}; value=${value#\"}
    export "$key=$value"
    echo "$key -> [$value]"
done < .env
echo "port+1=$((APP_PORT + 1))"
source .env
echo "sourced: $APP_NAME"
declare -p APP_ENV
export -p | while read -r l; do case $l in *APP_*) echo "$l" ;; esac; done
