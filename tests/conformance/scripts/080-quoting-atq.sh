# Transformations: @Q, @U, @E, @A, @a.
s="it's a \"test\""
echo "${s@Q}"
t='tab\there'
echo "${t@E}"
echo "${s@U}"
declare -a arr=(x 'y z')
echo "${arr[@]@Q}"
echo "${arr@a}"
n=5; echo "${n@A}"
declare -i m=1; echo "${m@a}"
