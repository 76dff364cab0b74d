# Agent reorganises the project: moves logs and tables into an archive, keeps a copy, prunes.
cd /tmp/cws
mkdir -p archive/{logs,tables}
mv -v data/*.log archive/logs/
cp -v data/*.csv data/*.tsv archive/tables/
cp -a src src.bak && diff -r src src.bak && echo "backup ok"
cp -n README.md archive/README.md && cp -n data/VERSION archive/README.md; cat archive/README.md | head -1
cp -u data/VERSION archive/; cp -u data/VERSION archive/; ls archive
rm -rf src.bak; ls -d src*
ln -s archive/logs logs
readlink logs; readlink -f logs | sed 's|/tmp/cws|ROOT|'
realpath --relative-to=archive/tables data/items.csv
tree archive
tree --du archive | tail -1
du -a archive | sort -k2
du -s archive/logs archive/tables
