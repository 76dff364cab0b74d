# Agent runs a multi-line awk program from a quoted heredoc with comments.
cd /tmp/cws
awk -F'\t' -f /dev/stdin data/sales.tsv <<'AWK'
# skip header
NR == 1 { next }
{
    # accumulate per month
    m[$2] += $4
    if ($4 > best) { best = $4; who = $1 " " $2 }
}
END {
    n = asorti(m, keys)
    for (i = 1; i <= n; i++)
        printf "%s %9.2f\n", keys[i], m[keys[i]]
    print "best:", who, best
}
AWK
