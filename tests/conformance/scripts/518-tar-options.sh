# Agent packages a release with tar options.
cd /tmp/cws
tar -czf rel.tgz --exclude='*.log' data src
tar -tzf rel.tgz | sort
mkdir out && tar -xzf rel.tgz -C out --strip-components=1 && ls out | sort
tar -cf a.tar -C data items.csv sales.tsv && tar -tf a.tar
tar -rf a.tar -C data VERSION && tar -tf a.tar
mkdir x && tar -xf a.tar -C x items.csv && ls x
tar -tvf a.tar | awk '{print $1, $2, $3, $NF}'
tar -xf nope.tar; echo "rc $?"
tar -czf - notes | tar -tzf -
tar cf - docs | tar xf - -C out && ls out/docs
tar --list --file=a.tar | wc -l
