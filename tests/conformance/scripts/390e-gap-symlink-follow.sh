# Agent searches and measures through symlinks with the follow options.
# gap: rg -L does not follow a linked directory; du -L does not dereference a file link
cd /tmp/cws
ln -s src srcl
ln -s README.md rd
rg -L -l slugify | sort
du -L -b rd
