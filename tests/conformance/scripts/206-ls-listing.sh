# Directory listings agents typically ask for.
cd /tmp/cws
ls
ls -a | head -5
ls -1 src src/util
ls -d */
ls nope; echo "status $?"
ls -R scripts
