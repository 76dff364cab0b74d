# Globs that match nothing.
for f in src/*.js; do echo "got: $f"; done
shopt -s nullglob
for f in src/*.js; do echo "got: $f"; done
echo "nullglob array: $(a=(src/*.js); echo ${#a[@]})"
shopt -u nullglob
shopt -s failglob
echo src/*.js
echo "status $?"
shopt -u failglob
echo "dotglob off:" *env*
shopt -s dotglob
echo "dotglob on:" *env*
shopt -s nocaseglob
echo readme*
shopt nocaseglob dotglob extglob
shopt -p globstar
