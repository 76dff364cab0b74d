#### pipeline status is the last command's
false | true; echo $?
## stdout: 0
