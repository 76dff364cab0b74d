# Agent checks and overrides environment variables for a command.
cd /tmp/cws
printenv HOME
printenv NOPE_VAR; echo "status=$?"
env APP_MODE=test printenv APP_MODE
env -i A=1 B=2 env | sort
env -u HOME printenv HOME; echo "status=$?"
export DEPLOY=prod
env | grep '^DEPLOY='
env DEPLOY=dev sh -c 'echo "mode=$DEPLOY"'
env --chdir=src ls
env nosuchcmd; echo "status=$?"
