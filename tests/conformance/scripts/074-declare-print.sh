# declare -p of various kinds.
declare -i count=3
declare -r frozen=yes
declare -a list=(one "two words" three)
declare -A map=([b]=2)
declare -x exported=1
declare -l lower=MiXeD
declare -u upper=MiXeD
plain="quote's \"here\""
declare -p count frozen list map exported lower upper plain
declare -p nonexistent
echo "status $?"
