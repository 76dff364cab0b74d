# Agent overwrites a config file keeping a backup.
cd /tmp/cws
echo old > conf.txt; echo new > conf.new
cp -b conf.new conf.txt && ls conf.txt* && cat conf.txt~
cp --backup=numbered conf.new conf.txt && ls conf.txt*
