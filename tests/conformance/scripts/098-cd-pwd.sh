# cd and pwd forms.
cd src/util
pwd
cd ..
pwd
cd ../rust/src
echo "$PWD"
cd /tmp/cws
cd ./docs/../data
pwd -P
pwd -L
cd /tmp/cws
cd ""
echo "cd empty: $? $PWD"
