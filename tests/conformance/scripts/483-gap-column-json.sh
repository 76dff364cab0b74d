# Agent asks column for JSON output.
# gap: column -J (JSON output) is not implemented
printf '1 2\n3 4\n' | column -J -N a,b
