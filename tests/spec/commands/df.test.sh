# df: the numbers depend on the machine (mirage invents them), so cases check the shape.

#### df header
df . | { read -r a b c d e f g; echo "$a $b $c $d $e $f $g"; }
## stdout: Filesystem 1K-blocks Used Available Use% Mounted on

#### df -h header
df -h . | { read -r a b c d e f g; echo "$a $b $c $d $e $f $g"; }
## stdout: Filesystem Size Used Avail Use% Mounted on

#### df -P header
df -P . | { read -r a b c d e f g; echo "$a $b $c $d $e $f $g"; }
## stdout: Filesystem 1024-blocks Used Available Capacity Mounted on

#### df -T adds a type column
df -T . | { read -r a b c d; echo "$a $b $c"; }
## stdout: Filesystem Type 1K-blocks

#### df of a path prints one row
df . | { n=0; while read -r l; do n=$((n + 1)); done; echo $n; }
## stdout: 2

#### df of a missing path
df nope; echo "status $?"
## stdout: status 1
## stderr: df: nope: No such file or directory
