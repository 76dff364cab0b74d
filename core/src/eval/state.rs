//! Shell state: variables with dynamic scopes, arrays, functions, options, positional
//! parameters. A subshell or pipeline stage gets a clone; the workspace keeps one between runs.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::eval::shell::Source;
use crate::syntax::ast::FunctionDef;

/// An associative array that remembers insertion order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assoc {
    keys: Vec<String>,
    map: HashMap<String, String>,
}

impl Assoc {
    /// Sets `key` (appending it to the order when new).
    pub fn insert(&mut self, key: String, value: String) {
        if !self.map.contains_key(&key) {
            self.keys.push(key.clone());
        }
        self.map.insert(key, value);
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&String> {
        self.map.get(key)
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) {
        if self.map.remove(key).is_some() {
            self.keys.retain(|k| k != key);
        }
    }

    /// Keys in bash's iteration order: bash keeps associative arrays in a hash table of
    /// 1024 buckets (FNV-1 hash) with the newest entry first in each bucket, and lists them
    /// bucket by bucket. Matching it makes `${!a[@]}` print what bash prints.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        let mut buckets = 1024u32;
        while self.keys.len() as u32 >= buckets * 2 {
            buckets *= 4;
        }
        let mut order: Vec<(u32, usize)> = self
            .keys
            .iter()
            .enumerate()
            .map(|(i, k)| (fnv1(k) & (buckets - 1), usize::MAX - i))
            .collect();
        order.sort_unstable();
        order
            .into_iter()
            .map(move |(_, i)| &self.keys[usize::MAX - i])
    }

    /// Values in key order.
    pub fn values(&self) -> impl Iterator<Item = &String> {
        self.keys().filter_map(|k| self.map.get(k))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// bash's string hash (FNV-1, 32 bits).
fn fnv1(s: &str) -> u32 {
    let mut h: u32 = 2_166_136_261;
    for b in s.bytes() {
        h = h.wrapping_mul(16_777_619);
        h ^= u32::from(b);
    }
    h
}

/// A variable's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A string.
    Str(String),
    /// An indexed array (sparse).
    Indexed(BTreeMap<i64, String>),
    /// An associative array.
    Assoc(Assoc),
}

impl Value {
    /// The scalar view: a string itself, element 0 of an indexed array, key "0" of an assoc.
    pub fn scalar(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::Indexed(a) => a.get(&0).map(|s| s.as_str()),
            Value::Assoc(a) => a.get("0").map(|s| s.as_str()),
        }
    }

    /// All values in order (one for a string).
    pub fn values(&self) -> Vec<String> {
        match self {
            Value::Str(s) => vec![s.clone()],
            Value::Indexed(a) => a.values().cloned().collect(),
            Value::Assoc(a) => a.values().cloned().collect(),
        }
    }

    /// All keys in order (`0` for a string).
    pub fn keys(&self) -> Vec<String> {
        match self {
            Value::Str(_) => vec!["0".to_string()],
            Value::Indexed(a) => a.keys().map(|k| k.to_string()).collect(),
            Value::Assoc(a) => a.keys().cloned().collect(),
        }
    }
}

/// Attributes set by `declare` and friends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Attrs {
    /// `-x`
    pub export: bool,
    /// `-r`
    pub readonly: bool,
    /// `-i`
    pub integer: bool,
    /// `-l`
    pub lower: bool,
    /// `-u`
    pub upper: bool,
    /// `-n`: a name reference; the value is the name of the variable it stands for.
    pub nameref: bool,
}

/// A variable: a value (or none when declared but unset) and attributes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Var {
    /// `None` for `local x` / `declare x` without a value.
    pub value: Option<Value>,
    /// Attributes.
    pub attrs: Attrs,
}

/// Shell options (`set -o`, `shopt`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `set -e`
    pub errexit: bool,
    /// `set -u`
    pub nounset: bool,
    /// `set -x`
    pub xtrace: bool,
    /// `set -o pipefail`
    pub pipefail: bool,
    /// `set -f`
    pub noglob: bool,
    /// `set -C`
    pub noclobber: bool,
    /// `set -a`
    pub allexport: bool,
    /// `set -v` (accepted, no effect)
    pub verbose: bool,
    /// `set +B`: brace expansion is off.
    pub nobraceexpand: bool,
    /// `set -n`: read commands but do not run them.
    pub noexec: bool,
    /// `set -E`: the ERR trap is inherited by functions and substitutions.
    pub errtrace: bool,
    /// `shopt -s nullglob`
    pub nullglob: bool,
    /// `shopt -s failglob`
    pub failglob: bool,
    /// `shopt -s dotglob`
    pub dotglob: bool,
    /// `shopt -s extglob`
    pub extglob: bool,
    /// `shopt -s globstar`
    pub globstar: bool,
    /// `shopt -s nocaseglob`
    pub nocaseglob: bool,
    /// `shopt -s nocasematch`
    pub nocasematch: bool,
    /// `shopt -s lastpipe`
    pub lastpipe: bool,
    /// `shopt -s expand_aliases` (accepted, aliases are not supported)
    pub expand_aliases: bool,
    /// `shopt -s xpg_echo`: `echo` expands backslash escapes by default.
    pub xpg_echo: bool,
}

/// A defined function and where it was defined (for the prefix of its error messages).
#[derive(Clone, Debug)]
pub struct Function {
    /// The definition.
    pub def: Arc<FunctionDef>,
    /// The source text it came from.
    pub source: Source,
    /// `export -f`: passed on to `bash` children.
    pub exported: bool,
}

impl Options {
    /// The value of a `set -o` option by name (`errexit`, `pipefail` ...); options mirage
    /// accepts but does not model report their bash default.
    pub fn get(&self, name: &str) -> bool {
        match name {
            "allexport" => self.allexport,
            "errexit" => self.errexit,
            "errtrace" => self.errtrace,
            "noclobber" => self.noclobber,
            "noexec" => self.noexec,
            "noglob" => self.noglob,
            "nounset" => self.nounset,
            "pipefail" => self.pipefail,
            "verbose" => self.verbose,
            "xtrace" => self.xtrace,
            "braceexpand" => !self.nobraceexpand,
            "hashall" | "interactive-comments" => true,
            _ => false,
        }
    }
}

/// An error from an assignment, already worded like bash (`x: readonly variable`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssignError(pub String);

/// Everything a shell remembers.
#[derive(Clone, Debug)]
pub struct ShellState {
    /// Variable scopes: `[0]` is global, one more per function call.
    scopes: Vec<HashMap<String, Var>>,
    /// Defined functions.
    pub functions: HashMap<String, Function>,
    /// `$1`...
    pub positional: Vec<String>,
    /// `$0`.
    pub argv0: String,
    /// The working directory (absolute, normalised).
    pub cwd: String,
    /// `$?`.
    pub last_status: i32,
    /// `PIPESTATUS`.
    pub pipestatus: Vec<i32>,
    /// Options.
    pub options: Options,
    /// `trap` actions by signal name (`EXIT`, `ERR`, ...).
    pub traps: BTreeMap<String, String>,
    /// `$!`.
    pub last_bg_pid: Option<u32>,
    /// Pids of the background jobs started, in order (`%1` is the first).
    pub job_pids: Vec<u32>,
    /// The command text of each of those jobs (for `jobs`).
    pub job_texts: Vec<String>,
    /// `$$`.
    pub pid: u32,
    /// Next pid handed to a background job.
    pub next_pid: u32,
    /// State of `$RANDOM`.
    pub random_state: u32,
    /// The last `$RANDOM` value handed out.
    pub last_random: Option<u32>,
    /// `getopts` position inside a bundled argument (`-abc`).
    pub getopts_char: usize,
    /// Names of the functions being run, innermost last (`FUNCNAME`).
    pub func_names: Vec<String>,
    /// `pushd`'s saved directories, the most recent last.
    pub dir_stack: Vec<String>,
    /// `alias` definitions, by name.
    pub aliases: BTreeMap<String, String>,
    /// The `umask` value.
    pub umask: u32,
}

impl Default for ShellState {
    fn default() -> Self {
        ShellState::new()
    }
}

impl ShellState {
    /// A fresh state with cwd `/`.
    pub fn new() -> Self {
        let mut st = ShellState {
            scopes: vec![HashMap::new()],
            functions: HashMap::new(),
            positional: Vec::new(),
            argv0: "mirage".to_string(),
            cwd: "/".to_string(),
            last_status: 0,
            pipestatus: Vec::new(),
            options: Options::default(),
            traps: BTreeMap::new(),
            last_bg_pid: None,
            job_pids: Vec::new(),
            job_texts: Vec::new(),
            pid: 4242,
            next_pid: 4243,
            random_state: 0x2545_f491,
            last_random: None,
            getopts_char: 0,
            func_names: Vec::new(),
            dir_stack: Vec::new(),
            aliases: BTreeMap::new(),
            umask: 0o022,
        };
        let defaults = [
            ("IFS", " \t\n"),
            ("OPTIND", "1"),
            ("PS4", "+ "),
            ("BASH_VERSION", "5.2.15(1)-release"),
            ("BASH", "/bin/bash"),
            ("HOSTNAME", "mirage"),
            ("HOSTTYPE", "x86_64"),
            ("OSTYPE", "linux-gnu"),
            ("MACHTYPE", "x86_64-pc-linux-gnu"),
            ("SHELL", "/bin/bash"),
            ("SHLVL", "1"),
            ("UID", "1000"),
            ("EUID", "1000"),
            ("PPID", "4241"),
        ];
        for (k, v) in defaults {
            let _ = st.set_scalar(k, v.to_string());
        }
        let versinfo = ["5", "2", "15", "1", "release", "x86_64-pc-linux-gnu"];
        let versinfo = versinfo
            .iter()
            .enumerate()
            .map(|(i, v)| (i as i64, v.to_string()))
            .collect();
        let _ = st.set_value("BASH_VERSINFO", Value::Indexed(versinfo));
        st.attrs_mut("BASH_VERSINFO").readonly = true;
        st
    }

    /// The state a new process starts with: `env` as exported variables, in `cwd`, `$0`
    /// set to `argv0` (used by `bash FILE`, `bash -c` and utilities run through `spawn`).
    pub fn process(env: Vec<(String, String)>, cwd: String, argv0: String) -> Self {
        let mut st = ShellState::new();
        for (k, v) in env {
            let _ = st.set_scalar(&k, v);
            st.attrs_mut(&k).export = true;
        }
        st.cwd = cwd;
        st.argv0 = argv0;
        st
    }

    /// The variable `name`, looked up through the scopes.
    pub fn var(&self, name: &str) -> Option<&Var> {
        self.scopes.iter().rev().find_map(|s| s.get(name))
    }

    fn var_mut(&mut self, name: &str) -> Option<&mut Var> {
        self.scopes.iter_mut().rev().find_map(|s| s.get_mut(name))
    }

    /// Follows name references (`declare -n`): the name `name` finally stands for, which
    /// may be an array element (`arr[1]`). Chains are bounded; a loop resolves to itself.
    pub fn resolve<'a>(&'a self, name: &'a str) -> std::borrow::Cow<'a, str> {
        let mut cur: std::borrow::Cow<'a, str> = std::borrow::Cow::Borrowed(name);
        for _ in 0..8 {
            match self.var(&cur) {
                Some(Var {
                    attrs: Attrs { nameref: true, .. },
                    value: Some(Value::Str(target)),
                }) if !target.is_empty() => cur = std::borrow::Cow::Owned(target.clone()),
                _ => return cur,
            }
        }
        cur
    }

    /// Splits `arr[idx]` into its name and index.
    fn split_element(name: &str) -> Option<(&str, &str)> {
        let open = name.find('[')?;
        name.ends_with(']')
            .then(|| (&name[..open], &name[open + 1..name.len() - 1]))
    }

    /// The scalar value of `name` (`None` when unset), through name references.
    pub fn get(&self, name: &str) -> Option<&str> {
        // Fast path: one scope lookup for a variable that is not a name reference.
        let var = self.var(name)?;
        if !var.attrs.nameref {
            return var.value.as_ref()?.scalar();
        }
        let resolved = self.resolve(name);
        if let Some((base, idx)) = Self::split_element(&resolved) {
            let v = self.value(base)?;
            return match v {
                Value::Indexed(a) => {
                    let k: i64 = idx.trim().parse().ok()?;
                    let k = if k < 0 {
                        k + a.keys().next_back().map_or(0, |l| l.saturating_add(1))
                    } else {
                        k
                    };
                    a.get(&k).map(String::as_str)
                }
                Value::Assoc(a) => a.get(idx).map(String::as_str),
                Value::Str(s) => (idx.trim() == "0").then_some(s.as_str()),
            };
        }
        self.var(&resolved)?.value.as_ref()?.scalar()
    }

    /// The value of `name`, through name references.
    pub fn value(&self, name: &str) -> Option<&Value> {
        let var = self.var(name)?;
        if !var.attrs.nameref {
            return var.value.as_ref();
        }
        let resolved = self.resolve(name);
        self.var(&resolved)?.value.as_ref()
    }

    /// True when `name` is set (has a value).
    pub fn is_set(&self, name: &str) -> bool {
        self.get(name).is_some() || self.value(name).is_some()
    }

    /// Sets `name` to `value` without following name references (`declare -n ref=target`
    /// stores the target name this way).
    pub fn set_raw(&mut self, name: &str, value: String) -> Result<(), AssignError> {
        self.check_writable(name)?;
        match self.var_mut(name) {
            Some(var) => var.value = Some(Value::Str(value)),
            None => {
                self.scopes[0].insert(
                    name.to_string(),
                    Var {
                        value: Some(Value::Str(value)),
                        attrs: Attrs::default(),
                    },
                );
            }
        }
        Ok(())
    }

    fn check_writable(&self, name: &str) -> Result<(), AssignError> {
        if self.var(name).is_some_and(|v| v.attrs.readonly) {
            return Err(AssignError(format!("{name}: readonly variable")));
        }
        Ok(())
    }

    fn apply_case(attrs: &Attrs, value: String) -> String {
        if attrs.lower {
            value.to_lowercase()
        } else if attrs.upper {
            value.to_uppercase()
        } else {
            value
        }
    }

    /// Assigns a scalar, in the innermost scope that has `name`, else globally. On an
    /// array this sets element 0, like bash.
    pub fn set_scalar(&mut self, name: &str, value: String) -> Result<(), AssignError> {
        if name == "RANDOM" {
            let seed = value.trim().parse::<i64>().unwrap_or(0);
            self.seed_random(seed as u32);
            return Ok(());
        }
        let resolved = self.resolve(name).into_owned();
        if resolved != name {
            if let Some((base, idx)) = Self::split_element(&resolved) {
                let (base, idx) = (base.to_string(), idx.to_string());
                return self.set_element(&base, &idx, value);
            }
            return self.set_scalar(&resolved, value);
        }
        self.check_writable(name)?;
        let allexport = self.options.allexport;
        match self.var_mut(name) {
            Some(var) => {
                let value = Self::apply_case(&var.attrs, value);
                if allexport {
                    var.attrs.export = true;
                }
                match &mut var.value {
                    Some(Value::Indexed(a)) => {
                        a.insert(0, value);
                    }
                    Some(Value::Assoc(a)) => a.insert("0".to_string(), value),
                    _ => var.value = Some(Value::Str(value)),
                }
            }
            None => {
                let attrs = Attrs {
                    export: allexport,
                    ..Attrs::default()
                };
                self.scopes[0].insert(
                    name.to_string(),
                    Var {
                        value: Some(Value::Str(value)),
                        attrs,
                    },
                );
            }
        }
        Ok(())
    }

    /// Replaces the whole value of `name` (arrays included).
    pub fn set_value(&mut self, name: &str, value: Value) -> Result<(), AssignError> {
        let resolved = self.resolve(name).into_owned();
        let name = resolved.as_str();
        self.check_writable(name)?;
        match self.var_mut(name) {
            Some(var) => var.value = Some(value),
            None => {
                self.scopes[0].insert(
                    name.to_string(),
                    Var {
                        value: Some(value),
                        attrs: Attrs::default(),
                    },
                );
            }
        }
        Ok(())
    }

    /// Sets one element of an indexed array (creating it), or of an associative array.
    /// `index` is a decimal for indexed arrays (negative counts from the end), a key otherwise.
    pub fn set_element(
        &mut self,
        name: &str,
        index: &str,
        value: String,
    ) -> Result<(), AssignError> {
        let resolved = self.resolve(name).into_owned();
        let name = resolved.as_str();
        self.check_writable(name)?;
        if self.var(name).is_none() {
            self.scopes[0].insert(name.to_string(), Var::default());
        }
        let Some(var) = self.var_mut(name) else {
            return Ok(());
        };
        let value = Self::apply_case(&var.attrs, value);
        match &mut var.value {
            Some(Value::Assoc(a)) => a.insert(index.to_string(), value),
            Some(Value::Indexed(a)) => {
                let mut i: i64 = index.parse().unwrap_or(0);
                if i < 0 {
                    let len = a
                        .keys()
                        .next_back()
                        .map(|k| k.saturating_add(1))
                        .unwrap_or(0);
                    i += len;
                    if i < 0 {
                        return Err(AssignError(format!("{name}[{index}]: bad array subscript")));
                    }
                }
                a.insert(i, value);
            }
            other => {
                let mut a = BTreeMap::new();
                if let Some(Value::Str(s)) = other.take() {
                    a.insert(0, s);
                }
                let i: i64 = index.parse().unwrap_or(0);
                if i < 0 {
                    return Err(AssignError(format!("{name}[{index}]: bad array subscript")));
                }
                a.insert(i, value);
                *other = Some(Value::Indexed(a));
            }
        }
        Ok(())
    }

    /// Mutable access to the attributes of `name`, creating an unset variable in the
    /// innermost scope that has it (else globally).
    pub fn attrs_mut(&mut self, name: &str) -> &mut Attrs {
        if self.var(name).is_none() {
            self.scopes[0].insert(name.to_string(), Var::default());
        }
        // The variable exists now, so the lookup cannot fail; fall back to a fresh global.
        let idx = self
            .scopes
            .iter()
            .rposition(|s| s.contains_key(name))
            .unwrap_or(0);
        &mut self.scopes[idx].entry(name.to_string()).or_default().attrs
    }

    /// Puts back a variable saved before a prefix assignment (`FOO=x cmd`): the old
    /// variable, or nothing when it did not exist.
    pub fn restore_var(&mut self, name: &str, old: Option<Var>) {
        let idx = self.scopes.iter().rposition(|s| s.contains_key(name));
        match (idx, old) {
            (Some(i), Some(v)) => {
                self.scopes[i].insert(name.to_string(), v);
            }
            (Some(i), None) => {
                self.scopes[i].remove(name);
            }
            (None, Some(v)) => {
                self.scopes[0].insert(name.to_string(), v);
            }
            (None, None) => {}
        }
    }

    /// Removes `name` from the innermost scope that has it.
    pub fn unset(&mut self, name: &str) -> Result<(), AssignError> {
        if self.var(name).is_some_and(|v| v.attrs.readonly) {
            return Err(AssignError(format!(
                "{name}: cannot unset: readonly variable"
            )));
        }
        let Some(idx) = self.scopes.iter().rposition(|s| s.contains_key(name)) else {
            return Ok(());
        };
        if idx > 0 && idx + 1 == self.scopes.len() {
            // A local of the running function stays local, just without a value.
            if let Some(v) = self.scopes[idx].get_mut(name) {
                v.value = None;
            }
        } else {
            self.scopes[idx].remove(name);
        }
        Ok(())
    }

    /// Removes one element of an array.
    pub fn unset_element(&mut self, name: &str, index: &str) -> Result<(), AssignError> {
        self.check_writable(name)?;
        if let Some(var) = self.var_mut(name) {
            match &mut var.value {
                Some(Value::Assoc(a)) => a.remove(index),
                Some(Value::Indexed(a)) => {
                    let mut i: i64 = index.parse().unwrap_or(0);
                    if i < 0 {
                        i += a
                            .keys()
                            .next_back()
                            .map(|k| k.saturating_add(1))
                            .unwrap_or(0);
                    }
                    a.remove(&i);
                }
                Some(Value::Str(_)) if index == "0" => var.value = None,
                _ => {}
            }
        }
        Ok(())
    }

    /// Declares `name` in the innermost (function) scope, optionally with a value.
    pub fn declare_local(&mut self, name: &str, value: Option<Value>) {
        let depth = self.scopes.len() - 1;
        let inherited = self.var(name).map(|v| v.attrs).unwrap_or_default();
        let scope = &mut self.scopes[depth];
        let var = scope.entry(name.to_string()).or_insert_with(|| Var {
            value: None,
            attrs: Attrs {
                export: inherited.export,
                ..Attrs::default()
            },
        });
        if value.is_some() {
            var.value = value;
        }
    }

    /// Enters a function scope.
    pub fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    /// Leaves a function scope.
    pub fn pop_scope(&mut self) {
        if self.scopes.len() > 1 {
            self.scopes.pop();
        }
    }

    /// True inside a function.
    pub fn in_function(&self) -> bool {
        self.scopes.len() > 1
    }

    /// The exported variables, innermost scope winning, sorted by name.
    pub fn exported(&self) -> Vec<(String, String)> {
        let mut seen: BTreeMap<&str, Option<&str>> = BTreeMap::new();
        for scope in self.scopes.iter().rev() {
            for (k, v) in scope {
                seen.entry(k.as_str()).or_insert_with(|| match &v.value {
                    // Arrays are not exported, like bash.
                    Some(Value::Str(s)) if v.attrs.export => Some(s.as_str()),
                    _ => None,
                });
            }
        }
        seen.into_iter()
            .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
            .collect()
    }

    /// Every visible variable, innermost scope winning, sorted by name.
    pub fn all_vars(&self) -> Vec<(String, Var)> {
        let mut seen: BTreeMap<&str, &Var> = BTreeMap::new();
        for scope in self.scopes.iter().rev() {
            for (k, v) in scope {
                seen.entry(k.as_str()).or_insert(v);
            }
        }
        seen.into_iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    /// `$RANDOM`: bash's generator (Park-Miller "minimal standard", folded to 15 bits, never
    /// the same value twice in a row), so `RANDOM=42` gives bash's sequence.
    pub fn next_random(&mut self) -> u32 {
        loop {
            let last = if self.random_state == 0 {
                123_459_876
            } else {
                self.random_state
            };
            let (h, l) = (i64::from(last) / 127_773, i64::from(last) % 127_773);
            let t = 16_807 * l - 2_836 * h;
            self.random_state = if t < 0 { t + 0x7fff_ffff } else { t } as u32;
            let rv = ((self.random_state >> 16) ^ (self.random_state & 0xffff)) & 32767;
            if Some(rv) != self.last_random {
                self.last_random = Some(rv);
                return rv;
            }
        }
    }

    /// `RANDOM=n`: seeds the generator.
    pub fn seed_random(&mut self, seed: u32) {
        self.random_state = seed;
        self.last_random = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_and_locals() {
        let mut st = ShellState::new();
        st.set_scalar("x", "global".into()).ok();
        st.push_scope();
        st.declare_local("x", Some(Value::Str("local".into())));
        assert_eq!(st.get("x"), Some("local"));
        st.set_scalar("x", "changed".into()).ok();
        st.pop_scope();
        assert_eq!(st.get("x"), Some("global"));
    }

    #[test]
    fn readonly_refuses() {
        let mut st = ShellState::new();
        st.set_scalar("r", "1".into()).ok();
        st.attrs_mut("r").readonly = true;
        assert!(st.set_scalar("r", "2".into()).is_err());
        assert!(st.unset("r").is_err());
    }

    #[test]
    fn elements() {
        let mut st = ShellState::new();
        st.set_element("a", "2", "two".into()).ok();
        st.set_element("a", "0", "zero".into()).ok();
        assert_eq!(
            st.value("a").map(|v| v.values()),
            Some(vec!["zero".into(), "two".into()])
        );
        st.set_element("a", "-1", "last".into()).ok();
        assert_eq!(
            st.value("a").map(|v| v.keys()),
            Some(vec!["0".into(), "2".into()])
        );
    }
}
