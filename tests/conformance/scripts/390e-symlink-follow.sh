# Agent searches and measures through symlinks with the follow options.
cd /tmp/cws
ln -s src srcl
ln -s README.md rd
rg -L -l slugify | sort
