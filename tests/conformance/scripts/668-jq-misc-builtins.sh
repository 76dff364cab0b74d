# Assorted builtins an agent reaches for.
jq -nc '[1,[2,[3]]] | flatten, flatten(1)'
jq -nc '[3,1,2] | sort, reverse, min, max, add, any(. > 2), all(. > 0)'
jq -nc '"a,b,,c" | split(",") | map(select(length > 0))'
jq -nc '{"a":1,"b":null} | [.[] | values], has("b"), (keys - ["a"])'
jq -nc '[range(10)] | .[2:5], .[-2:], first, last, nth(3), [limit(2; .[])]'
jq -nc '"abc" | ltrimstr("a"), rtrimstr("c"), ascii_upcase, explode, (explode | implode), length'
jq -nc '[1,2,2,3,3,3] | unique, group_by(.) | map(length)'
jq -nc '{"a":{"b":[1,2]}} | [.. | numbers], [paths], tostream' | head -5
jq -nc '[1,2,3] | IN(2), (.[] |= . * 2), del(.[0,2]), to_entries[1]'
jq -nc '$__loc__, ("x" | tojson), ([1] | tostring), (1 | tostring), ("[1,2]" | fromjson)'
jq -nc '[limit(0; 1, 2)], [first(range(5; 10))], [range(0; 10; 4)], (10 / 4), (7 % 3), (-7 % 3)'
jq -nc '1 / 0'; echo "status $?"
jq -nc '[.[]?], (null | length), ("x" * 0), ([] | add), ({} | keys)'
