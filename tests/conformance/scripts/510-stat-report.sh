# Agent writes a small report of file sizes, modes and types.
cd /tmp/cws
chmod 640 data/config.json
chmod +x scripts/*.sh
for f in data/config.json scripts/build.sh src; do
  stat -c '%n|%s|%a|%A|%F' "$f"
done
stat -c '%a %n' notes notes/todo.txt
stat --printf='%n: %s bytes\n' data/VERSION data/items.csv
find . -maxdepth 2 -type f -perm -u+x | sort
find data -printf '%M %p\n' | sort -k2
du -sh data docs | cut -f2
du -d 1 rust | sort -k2 | cut -f2
