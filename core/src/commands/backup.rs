//! GNU backups for `cp`, `mv` and `ln`: `-b`, `--backup[=CONTROL]` and `-S SUFFIX` (which
//! implies `-b`). CONTROL (or `$VERSION_CONTROL`, default `existing`) is `none`/`off`,
//! `simple`/`never` (`NAME` + suffix, `$SIMPLE_BACKUP_SUFFIX` or `~`), `numbered`/`t`
//! (`NAME.~N~`, one past the highest present) or `existing`/`nil` (numbered when a numbered
//! backup exists, else simple). The destination is renamed to its backup name just before
//! it would be overwritten.

use crate::commands::args::try_help;
use crate::commands::{Ctx, quote_locale};
use crate::error::Result;
use crate::vfs::path;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Control {
    Simple,
    Numbered,
    Existing,
}

/// How (and whether) to back up a destination before overwriting it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Backup {
    control: Option<Control>,
    suffix: String,
}

/// GNU's `backup_args`, synonyms grouped as its error message lists them.
const CHOICES: &[(&[&str], Option<Control>)] = &[
    (&["none", "off"], None),
    (&["simple", "never"], Some(Control::Simple)),
    (&["existing", "nil"], Some(Control::Existing)),
    (&["numbered", "t"], Some(Control::Numbered)),
];

/// Matches `arg` like argmatch: exact, or a prefix naming one control. `Err` when invalid
/// or ambiguous.
fn choose(arg: &str) -> std::result::Result<Option<Control>, &'static str> {
    let mut hit: Option<Option<Control>> = None;
    for (names, control) in CHOICES {
        if names.contains(&arg) {
            return Ok(*control);
        }
        if !arg.is_empty() && names.iter().any(|n| n.starts_with(arg)) {
            if hit.is_some_and(|h| h != *control) {
                return Err("ambiguous");
            }
            hit = Some(*control);
        }
    }
    hit.ok_or("invalid")
}

impl Backup {
    /// Reads `-b`, `--backup[=CONTROL]` and `-S`/`--suffix` from parsed options. `None`
    /// after printing GNU's message for a bad CONTROL (the command exits 1).
    pub(crate) async fn from_opts(
        ctx: &Ctx<'_>,
        opts: &[(&str, Option<String>)],
    ) -> Result<Option<Backup>> {
        let var = |name: &str| {
            ctx.env
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .filter(|v| !v.is_empty())
        };
        let mut wanted: Option<(String, String)> = None;
        let mut suffix = var("SIMPLE_BACKUP_SUFFIX").unwrap_or_else(|| "~".into());
        for (k, v) in opts {
            match (*k, v) {
                ("backup", Some(v)) if !v.is_empty() => {
                    wanted = Some((v.clone(), "backup type".into()))
                }
                ("backup" | "b" | "S", _) => {
                    if *k == "S" {
                        suffix = v.clone().unwrap_or_default();
                    }
                    if wanted.is_none() {
                        wanted = Some(match var("VERSION_CONTROL") {
                            Some(vc) => (vc, "$VERSION_CONTROL".into()),
                            None => ("existing".into(), String::new()),
                        });
                    }
                }
                _ => {}
            }
        }
        let Some((arg, context)) = wanted else {
            return Ok(Some(Backup::default()));
        };
        match choose(&arg) {
            Ok(control) => Ok(Some(Backup { control, suffix })),
            Err(what) => {
                let mut msg = format!(
                    "{what} argument {} for {}\nValid arguments are:",
                    quote_locale(&arg),
                    quote_locale(&context)
                );
                for (names, _) in CHOICES {
                    let list: Vec<String> = names.iter().map(|n| quote_locale(n)).collect();
                    msg.push_str(&format!("\n  - {}", list.join(", ")));
                }
                ctx.err(&msg).await?;
                try_help(ctx).await?;
                Ok(None)
            }
        }
    }

    /// True when overwritten destinations are backed up.
    pub(crate) fn enabled(&self) -> bool {
        self.control.is_some()
    }

    /// Renames the existing `abs` to its backup name; returns the suffix it gained
    /// (`~`, `.~3~`), or `None` when backups are off. A failed rename is an error.
    pub(crate) async fn make(&self, ctx: &Ctx<'_>, abs: &str) -> Result<Option<String>> {
        let Some(control) = self.control else {
            return Ok(None);
        };
        let vfs = &ctx.rt.vfs;
        let base = path::file_name(abs);
        let mut highest = 0u64;
        if control != Control::Simple
            && let Ok(entries) = vfs.list(path::parent(abs)).await
        {
            let prefix = format!("{base}.~");
            for e in entries {
                let n = e
                    .name
                    .strip_prefix(&prefix)
                    .and_then(|r| r.strip_suffix('~'))
                    .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|d| d.parse::<u64>().ok());
                if let Some(n) = n {
                    highest = highest.max(n);
                }
            }
        }
        let numbered =
            control == Control::Numbered || (control == Control::Existing && highest > 0);
        let suffix = if numbered {
            format!(".~{}~", highest.saturating_add(1))
        } else {
            self.suffix.clone()
        };
        vfs.rename(abs, &format!("{abs}{suffix}")).await?;
        Ok(Some(suffix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_like_argmatch() {
        let cases = [
            ("t", Ok(Some(Control::Numbered))),
            ("num", Ok(Some(Control::Numbered))),
            ("never", Ok(Some(Control::Simple))),
            ("off", Ok(None)),
            ("n", Err("ambiguous")),
            ("x", Err("invalid")),
            ("", Err("invalid")),
        ];
        for (arg, want) in cases {
            assert_eq!(choose(arg), want, "{arg}");
        }
    }
}
