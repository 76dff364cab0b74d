# Parameter expansion on paths.
path="src/util/strings.py"
echo "dir=${path%/*} base=${path##*/} stem=${path##*/}; stem=${stem%.*}"
base=${path##*/}
echo "stem=${base%.*} ext=${base##*.}"
echo "upper=${path^^} first=${base^} len=${#path}"
echo "replace=${path//\//.} once=${path/s/S} prefix=${path/#src/lib} suffix=${path/%py/rs}"
echo "substr=${path:4:4} tail=${path: -3} from=${path:10}"
unset missing
echo "default=${missing:-dflt} alt=${path:+set} assign=${missing:=now} after=$missing"
arr=(alpha beta gamma delta)
echo "count=${#arr[@]} slice=${arr[*]:1:2} last=${arr[-1]} lens=${#arr[1]}"
echo "all-upper=${arr[@]^^} strip=${arr[@]%a}"
s="  padded  "; echo "[${s# }] [${s%% }]"
name="file name.txt"; echo "${name// /_}"
echo "${!arr[@]}"
v=path; echo "indirect=${!v}"
