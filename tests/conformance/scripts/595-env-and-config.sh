# Agent inspects a dotenv file and config values.
cd /tmp/cws
grep -v '^#' .env | grep -v '^$' | cut -d= -f1 | sort
sed -n 's/^\([A-Z_]*\)=\(.*\)$/\1 -> \2/p' .env | head -3
while IFS='=' read -r k v; do [[ $k =~ ^[A-Z] ]] && printf '%s has %d chars\n' "$k" "${#v}"; done < .env
awk -F= '/^[A-Z]/ { printf "export %s=%c%s%c\n", $1, 39, $2, 39 }' .env | head -2
cat data/VERSION | awk -F. '{ printf "major=%d minor=%d patch=%d\n", $1, $2, $3 }'
grep -o '"[a-z_]*":' data/config.json | tr -d '":' | sort | paste -sd' '
