# Glob results are sorted; brackets and ranges.
echo *
echo */
echo [rs]*
echo data/[a-z]*
echo data/[!a-z]*
echo "src/"*".py"
echo rust/*/*.rs
echo ./*.md
echo ../cws/README*
echo /tmp/cws/d*
