# printf %(fmt)T with fixed times.
printf '%(%Y-%m-%d %H:%M:%S)T\n' 0
printf '%(%A %B %d)T\n' 86400
printf '%(%s)T\n' 1700000000
