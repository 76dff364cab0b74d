# sleep's error quotes the argument with the locale's quotes.
sleep bogus
echo "sleep status $?"
