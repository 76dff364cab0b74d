# getopts printing its own errors (no leading colon).
set -- -a -z -b
while getopts "ab:" opt; do
    echo "opt=$opt OPTARG=${OPTARG-unset} OPTIND=$OPTIND"
done
echo "final OPTIND=$OPTIND"
