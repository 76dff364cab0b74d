# Syntax errors, command not found, and how far a script gets before an error.

#### command not found
nosuchcommand; echo "status $?"
## stdout: status 127
## stderr: bash: line 1: nosuchcommand: command not found

#### command not found with arguments
nosuchcommand a b
## stderr: bash: line 1: nosuchcommand: command not found
## status: 127

#### command not found inside a function names the environment
f() { nosuchcommand; }; f
## stderr: environment: line 1: nosuchcommand: command not found
## status: 127

#### command not found in a pipeline
nosuchcommand | cat; echo "status $?"
## stdout: status 0
## stderr: bash: line 1: nosuchcommand: command not found

#### unexpected fi
fi
## STDERR:
bash: -c: line 1: syntax error near unexpected token `fi'
bash: -c: line 1: `fi'
## END
## status: 2

#### unexpected then
then echo x
## STDERR:
bash: -c: line 1: syntax error near unexpected token `then'
bash: -c: line 1: `then echo x'
## END
## status: 2

#### unexpected done
done
## STDERR:
bash: -c: line 1: syntax error near unexpected token `done'
bash: -c: line 1: `done'
## END
## status: 2

#### unexpected esac
esac
## STDERR:
bash: -c: line 1: syntax error near unexpected token `esac'
bash: -c: line 1: `esac'
## END
## status: 2

#### unexpected close paren
echo a )
## STDERR:
bash: -c: line 1: syntax error near unexpected token `)'
bash: -c: line 1: `echo a )'
## END
## status: 2

#### unexpected close brace
}
## STDERR:
bash: -c: line 1: syntax error near unexpected token `}'
bash: -c: line 1: `}'
## END
## status: 2

#### unterminated single quote
echo 'abc
## stderr: bash: -c: line 1: unexpected EOF while looking for matching `''
## status: 2

#### unterminated double quote
echo "abc
## stderr: bash: -c: line 1: unexpected EOF while looking for matching `"'
## status: 2

#### unterminated command substitution
echo $(echo x
## stderr: bash: -c: line 2: unexpected EOF while looking for matching `)'
## status: 2

#### unterminated brace group
{ echo x
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### unterminated case
case x in x) echo x;;
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### unterminated while
while true; do echo x
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### double semicolon outside case
echo a;; echo b
## STDERR:
bash: -c: line 1: syntax error near unexpected token `;;'
bash: -c: line 1: `echo a;; echo b'
## END
## status: 2

#### leading semicolon
; echo x
## STDERR:
bash: -c: line 1: syntax error near unexpected token `;'
bash: -c: line 1: `; echo x'
## END
## status: 2

#### lone and operator
&& echo x
## STDERR:
bash: -c: line 1: syntax error near unexpected token `&&'
bash: -c: line 1: `&& echo x'
## END
## status: 2

#### dangling and at the end
echo x &&
## stderr: bash: -c: line 2: syntax error: unexpected end of file
## status: 2

#### nothing runs when the error is on the same line
echo before; if; echo after
## STDERR:
bash: -c: line 1: syntax error near unexpected token `;'
bash: -c: line 1: `echo before; if; echo after'
## END
## status: 2

#### earlier lines run before a syntax error on a later line
echo line1
echo line2; fi
echo line3
## stdout: line1
## STDERR:
bash: -c: line 2: syntax error near unexpected token `fi'
bash: -c: line 2: `echo line2; fi'
## END
## status: 2
## gap: mirage differs from bash in stdout

#### error on line three reports line three
echo one
echo two
case
## STDOUT:
one
two
## END
## STDERR:
bash: -c: line 3: syntax error near unexpected token `newline'
bash: -c: line 3: `case'
## END
## status: 2
## gap: mirage differs from bash in stdout

#### syntax error in a function body
f() { echo x; fi; }; f
## STDERR:
bash: -c: line 1: syntax error near unexpected token `fi'
bash: -c: line 1: `f() { echo x; fi; }; f'
## END
## status: 2

#### redirection without a target
echo x >
## STDERR:
bash: -c: line 1: syntax error near unexpected token `newline'
bash: -c: line 1: `echo x >'
## END
## status: 2

#### bad for variable name
for 1x in a; do echo $1x; done
## stderr: bash: line 1: `1x': not a valid identifier
## status: 1

#### syntax error status is two
(((1)
## stderr: bash: -c: line 1: unexpected EOF while looking for matching `)'
## status: 2

#### readonly assignment error aborts the rest of the line
readonly r=1; r=2; echo same-line
echo next-line $?
## stdout: next-line 1
## stderr: bash: line 1: r: readonly variable

#### readonly assignment error inside a function aborts the line
f() { local -r c=1; c=2; echo "c=$c"; }; f; echo same-line
echo next-line
## stdout: next-line
## stderr: environment: line 1: c: readonly variable

#### bad substitution aborts the line
echo ${x!!}; echo same-line
echo next-line $?
## stdout: next-line 1
## stderr: bash: line 1: ${x!!}: bad substitution

#### running a directory
/tmp; echo "status $?"
## stdout: status 126
## stderr: bash: line 1: /tmp: Is a directory

#### nonexistent path with a slash
./missing; echo "status $?"
## stdout: status 127
## stderr: bash: line 1: ./missing: No such file or directory

#### error output goes to stderr only
nosuchcommand 2>/dev/null; echo "status $?"
## stdout: status 127
