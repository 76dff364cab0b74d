# Agent works through a symlinked folder and walks back up with `..`.
cd /tmp/cws
ln -s src/util u
ln -s rust/src rs
ls u/..
head -2 u/../main.py
wc -l rs/../Cargo.toml
cat rs/../Cargo.toml | grep -c name
cd u && ls .. && cat ../main.py | wc -l && cd ..
pwd
[ u -ef src/util ] && echo same
[[ rs -ef rust/src ]] && echo same2
test u/.. -ef src && echo parent
ls -d u/../.. rs/..
stat -c %n u/../main.py
