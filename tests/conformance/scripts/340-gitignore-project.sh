# Agent explores a nested project with a .gitignore using rg and find.
cd /tmp/cws
mkdir -p web/src web/node_modules/lib web/dist
printf 'node_modules/\ndist/\n*.log\n' > web/.gitignore
echo 'export const x = 1; // TODO' > web/src/index.js
echo 'module.exports = {}; // TODO' > web/node_modules/lib/index.js
echo 'bundle // TODO' > web/dist/bundle.js
echo 'TODO log' > web/debug.log
cd web
rg -l TODO | sort
rg --files | sort
rg -l --no-ignore TODO | sort
rg -l -u TODO | sort
rg --hidden --files | sort
grep -rl TODO . | sort
grep -rl TODO --exclude-dir=node_modules --exclude='*.log' . | sort
find . -name '*.js' -not -path '*/node_modules/*' | sort
