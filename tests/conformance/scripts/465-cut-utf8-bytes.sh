# Agent cuts UTF-8 text by characters and bytes.
printf 'héllo wörld\n' | cut -c1-4
printf 'héllo wörld\n' | cut -b1-3 | od -c | head -1
printf 'naïve,café\n' | cut -d, -f2
printf 'abc\n' | cut -c2,2,1
printf 'abcdef\n' | cut -c5-,-2
printf 'a:b:c\n' | cut -d: -f2 --output-delimiter=XX
printf 'a\0b\0' | cut -z -c1 | tr '\0' '\n'
