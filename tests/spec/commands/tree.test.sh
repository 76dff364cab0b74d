# tree 2.1: box-drawing output in UTF-8, names sorted by bytes.

#### tree of a small directory
## file: d/a/x
## end
## file: d/b
## end
## file: d/c/y
## end
tree d
## STDOUT:
d
├── a
│   └── x
├── b
└── c
    └── y

3 directories, 3 files
## END

#### tree with no argument lists dot
## file: f
## end
tree
## STDOUT:
.
└── f

1 directory, 1 file
## END

#### tree hides dot files unless -a
## file: d/.h
## end
## file: d/v
## end
tree d; tree -a --noreport d
## STDOUT:
d
└── v

1 directory, 1 file
d
├── .h
└── v
## END

#### tree -d
## file: d/s/f
## end
tree -d d
## STDOUT:
d
└── s

2 directories
## END

#### tree -L
## file: d/a/b/c
## end
tree -L 2 d
## STDOUT:
d
└── a
    └── b

3 directories, 0 files
## END

#### tree -f and -i
## file: d/s/f
## end
tree -f d; tree -fi --noreport d
## STDOUT:
d
└── d/s
    └── d/s/f

2 directories, 1 file
d
d/s
d/s/f
## END

#### tree -I excludes patterns
## file: d/a.log
## end
## file: d/b.txt
## end
## file: d/node_modules/x
## end
tree -I 'node_modules|*.log' d
## STDOUT:
d
└── b.txt

1 directory, 1 file
## END

#### tree -P keeps matching files
## file: d/a.txt
## end
## file: d/b.log
## end
## file: d/s/c.txt
## end
tree -P '*.txt' --noreport d
## STDOUT:
d
├── a.txt
└── s
    └── c.txt
## END

#### tree --dirsfirst
## file: d/a
## end
## file: d/z/f
## end
tree --dirsfirst --noreport d
## STDOUT:
d
├── z
│   └── f
└── a
## END

#### tree -F
## needs: mode
## file: d/s/f
## end
## file: d/x
## end
chmod +x d/x
tree -F --noreport d
## STDOUT:
d/
├── s/
│   └── f
└── x*
## END

#### tree -p and -s
## file: d/f
hello
## end
tree -p -s --noreport d
## STDOUT:
[drwxr-xr-x        4096]  d
└── [-rw-r--r--           6]  f
## END

#### tree -h
## file: d/f
## end
printf '%5000s' x > d/f
tree -h --noreport d
## STDOUT:
[4.0K]  d
└── [4.9K]  f
## END

#### tree several roots share one report
## file: a/x
## end
## file: b/y
## end
tree a b
## STDOUT:
a
└── x
b
└── y

2 directories, 2 files
## END

#### tree of a missing directory
tree nope; echo "status $?"
## STDOUT:
nope  [error opening dir]

0 directories, 0 files
status 2
## END

#### tree of a file
## file: f
## end
tree f
## STDOUT:
f  [error opening dir]

0 directories, 1 file
## END

#### tree bad level
tree -L 0; echo "status $?"
## stdout: status 1
## stderr: tree: Invalid level, must be greater than 0.

#### tree shows links and counts links to directories as directories
## needs: symlink
## file: d/s/f
## end
ln -s s d/t
tree d
## STDOUT:
d
├── s
│   └── f
└── t -> s

3 directories, 1 file
## END

#### tree --charset ascii
## file: q/r/s/t
## end
## file: q/u
## end
tree --charset=ascii q; tree --charset ascii --noreport q/r
## STDOUT:
q
|-- r
|   `-- s
|       `-- t
`-- u

3 directories, 2 files
q/r
`-- s
    `-- t
## END

#### tree -J
## file: q/r/s/t
## end
## file: q/u
x
## end
tree -J q; tree -J -d -L 2 --noreport q; tree -J -s q/r/s
## STDOUT:
[
  {"type":"directory","name":"q","contents":[
    {"type":"directory","name":"r","contents":[
      {"type":"directory","name":"s","contents":[
        {"type":"file","name":"t"}
      ]}
    ]},
    {"type":"file","name":"u"}
  ]}
,
  {"type":"report","directories":3,"files":2}
]
[
  {"type":"directory","name":"q","contents":[
    {"type":"directory","name":"r","contents":[
      {"type":"directory","name":"s"}
    ]}
  ]}

]
[
  {"type":"directory","name":"q/r/s","size":4096,"contents":[
    {"type":"file","name":"t","size":0}
  ]}
,
  {"type":"report","directories":1,"files":1}
]
## END

#### tree -D and --timefmt
mkdir d; : > d/f; touch -d '2024-05-06 07:08:09' d/f d; tree -D d; tree -ps --timefmt '%Y-%m' d
## needs: mtime
## STDOUT:
[May  6  2024]  d
└── [May  6  2024]  f

1 directory, 1 file
[drwxr-xr-x        4096 2024-05]  d
└── [-rw-r--r--           0 2024-05]  f

1 directory, 1 file
## END

#### tree --du sums what is listed below each directory
mkdir -p a/b/c; printf 'hello\n' > a/x; head -c 5000 /dev/zero > a/b/y; echo hi > a/b/c/z
tree --du a
## STDOUT:
[      17297]  a
├── [      13195]  b
│   ├── [       4099]  c
│   │   └── [          3]  z
│   └── [       5000]  y
└── [          6]  x

       22303 bytes used in 3 directories, 3 files
## END

#### tree --du with -h -L and -d
mkdir -p a/b/c; printf 'hello\n' > a/x; echo hi > a/b/c/z
tree --du -h -L 1 a; tree --du -d a
## STDOUT:
[8.0K]  a
├── [4.0K]  b
└── [   6]  x

 4.0K used in 2 directories, 1 file
[      12288]  a
└── [       8192]  b
    └── [       4096]  c

       12288 bytes used in 3 directories
## END

#### tree --filelimit notes directories it does not open
mkdir -p r/d; touch r/d/.h r/d/a r/d/b r/x
tree --filelimit 2 r; tree --filelimit 2 -a r; tree --filelimit 1 r
## STDOUT:
r
├── d
│   ├── a
│   └── b
└── x

2 directories, 3 files
r
├── d  [3 entries exceeds filelimit, not opening dir]
└── x

2 directories, 1 file
r  [2 entries exceeds filelimit, not opening dir]

1 directory, 0 files
## END
