//! `yes`: print a line over and over until the reader goes away (a `BrokenPipe` write
//! error ends it) or the run is cancelled.

use crate::commands::Ctx;
use crate::commands::args::Usage;
use crate::error::Result;
use crate::sync::{BoxFuture, boxed};

const HELP: &str = r#"Usage: yes [STRING]...
  or:  yes OPTION
Repeatedly output a line with all specified STRING(s), or 'y'.

      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/yes>
or available locally via: info '(coreutils) yes invocation'
"#;

/// Runs `yes`.
pub fn yes<'a, 'b>(ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, Result<i32>> {
    boxed(async move {
        let usage = Usage {
            help: HELP,
            version: "David MacKenzie",
            status: 1,
        };
        let parsed = crate::parse_or_exit!(ctx, "", usage);
        let mut line = if parsed.operands.is_empty() {
            "y".to_string()
        } else {
            parsed.operands.join(" ")
        };
        line.push('\n');
        let reps = (8192 / line.len()).max(1);
        let chunk = line.repeat(reps).into_bytes();
        loop {
            ctx.check()?;
            ctx.stdout.write(&chunk).await?;
        }
    })
}
