# Agent moves files over existing ones.
cd /tmp/cws
echo a > a; echo b > b
mv -f a b && cat b
ls a; echo "rc $?"
echo c > c; mkdir d
mv c d && ls d
echo e > e; mkdir -p d/e
mv e d; echo "rc $?"
mkdir f; echo x > g
mv f g; echo "rc $?"
mv -t d b && ls d
mv -v d/b .
mv b/ x; echo "rc $?"
mv; echo "rc $?"
mv onlyone; echo "rc $?"
