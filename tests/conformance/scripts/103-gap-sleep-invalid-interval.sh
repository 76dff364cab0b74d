# sleep's error quotes the argument with the locale's quotes.
# gap: GNU sleep under C.UTF-8 quotes with ‘bogus’ (U+2018/U+2019), mirage with 'bogus'
sleep bogus
echo "sleep status $?"
