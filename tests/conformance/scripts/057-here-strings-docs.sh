# Here-doc variants.
name=agent
cat <<EOT
Hello $name, today is $(echo Tuesday).
Math: $((6 * 7)) and \$escaped and \`tick\`
EOT
cat <<'EOT'
Literal $name $(echo no)
EOT
cat <<-EOT
	tab-stripped $name
		two tabs
	EOT
cat <<< "here-string $name"
cat << A; cat << B
first
A
second
B
while read -r a b; do echo "$b $a"; done <<EOF2
one 1
two 2
EOF2
