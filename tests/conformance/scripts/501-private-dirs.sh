# Agent creates private and shared folders and audits their permissions.
cd /tmp/cws
mkdir -m 700 secrets
mkdir -p -m 750 shared/team/inbox
chmod 711 scripts
chmod -R go-rwx notes
ls -ld secrets shared shared/team shared/team/inbox scripts notes | awk '{print $1, $NF}'
stat -c '%a %A %n' secrets notes notes/todo.txt
find . -type d -perm 700 | sort
find . -perm -o=x -type d -name 's*' | sort
find . -type d ! -perm -g=r | sort
tmp=$(mktemp -d ./work.XXXX) && ls -ld "$tmp" | cut -c1-10 && rmdir "$tmp"
