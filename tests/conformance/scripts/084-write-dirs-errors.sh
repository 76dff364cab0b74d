# Writing into missing directories and onto directories.
echo x > build/sub/file.txt
echo x > src
echo "status $?"
echo "status $?"
echo x >> /tmp/cws/build/ok.txt && cat build/ok.txt
cat build
echo "status $?"
