# Agent inspects files via find predicates.
cd /tmp/cws
find . -type f -size +200c | sort
find . -type f -size -2 -name '*.py' | sort
find data -type f -printf '%p %s\n' | sort
find src -printf '%d %y %P\n' | sort
find . -name '*.sh' -perm -u+x
find . -type f -executable | sort
find . -regex '.*/[a-z]+\.rs' | sort
find . -type f -name '*.py' -newer README.md | sort | head -0
find src -name '*.py' -delete; find src | sort
