# Agent lists names with mixed case, dots and digits.
cd /tmp/cws
mkdir names && cd names
touch B a C b _x .hid 10 9 file-2 file_1 File3 "sp ace"
ls
ls -1
ls -a
ls -1v
ls -1r
ls *[0-9]*
ls -1 --sort=extension
