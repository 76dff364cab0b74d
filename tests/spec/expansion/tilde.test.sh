# Tilde expansion.

#### tilde alone
HOME=/h/me; echo ~
## stdout: /h/me

#### tilde with a path
HOME=/h/me; echo ~/x/y
## stdout: /h/me/x/y

#### quoted tilde is literal
HOME=/h/me; echo "~" '~' \~
## stdout: ~ ~ ~

#### tilde in the middle of a word is literal
HOME=/h/me; echo a~b
## stdout: a~b

#### tilde in an assignment
HOME=/h/me; x=~/d; echo $x
## stdout: /h/me/d

#### tilde after a colon in an assignment
HOME=/h/me; x=a:~/b; echo $x
## stdout: a:/h/me/b

#### tilde after a colon in an argument is literal
HOME=/h/me; echo a:~/b
## stdout: a:~/b

#### tilde plus is PWD
cd /tmp; echo ~+
## stdout: /tmp

#### tilde minus is OLDPWD
cd /tmp; cd /; echo ~-
## stdout: /tmp

#### tilde of an unknown user is literal
echo ~nosuchuser123/x
## stdout: ~nosuchuser123/x

#### tilde in a variable value is not expanded
HOME=/h/me; t='~'; echo $t
## stdout: ~

#### tilde in double-quoted default is literal
HOME=/h/me; echo "${u:-~}"
## stdout: ~

#### tilde with an empty HOME
HOME=; echo "[~]" ~ end
## stdout: [~]  end
