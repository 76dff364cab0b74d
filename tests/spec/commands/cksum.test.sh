# cksum: POSIX CRC and size, -a digests through the *sum commands.

#### cksum files and stdin
printf 'hello' > f; : > e; cksum f e; printf 'hello' | cksum; printf 'hello' | cksum -
## STDOUT:
3287646509 5 f
4294967295 0 e
3287646509 5
3287646509 5 -
## END

#### cksum missing file
echo x > f; cksum nope f; echo "status $?"
## STDOUT:
2192966820 2 f
status 1
## END
## stderr: cksum: nope: No such file or directory

#### cksum -a md5 tags like md5sum --tag
printf 'hello' > f; cksum -a md5 f; cksum -a sha1 --untagged f
## STDOUT:
MD5 (f) = 5d41402abc4b2a76b9719d911017c592
aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d  f
## END
