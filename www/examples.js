// Example workspaces for the playground: a small code project and a data set.
export const examples = {
  code: {
    "/home/user/project/README.md": "# todo-cli\n\nA tiny task list. Try: `grep -rn TODO .`\n",
    "/home/user/project/src/main.rs":
      'mod tasks;\n\nfn main() {\n    // TODO: parse arguments\n    let list = tasks::load("tasks.txt");\n    println!("{} tasks", list.len());\n}\n',
    "/home/user/project/src/tasks.rs":
      "pub fn load(path: &str) -> Vec<String> {\n    // TODO: read the file\n    let _ = path;\n    Vec::new()\n}\n",
    "/home/user/project/Cargo.toml": '[package]\nname = "todo-cli"\nversion = "0.1.0"\nedition = "2024"\n',
    "/home/user/project/tasks.txt": "buy milk\nwrite docs\nship it\n",
  },
  data: {
    "/home/user/data/cities.csv":
      "city,country,population\nTokyo,JP,37400068\nDelhi,IN,28514000\nShanghai,CN,25582000\nSao Paulo,BR,21650000\nMexico City,MX,21581000\nCairo,EG,20076000\nMumbai,IN,19980000\nBeijing,CN,19618000\n",
    "/home/user/data/users.json": JSON.stringify(
      [
        { id: 1, name: "ada", langs: ["rust", "ocaml"], active: true },
        { id: 2, name: "grace", langs: ["cobol"], active: false },
        { id: 3, name: "linus", langs: ["c", "rust"], active: true },
      ],
      null,
      2,
    ) + "\n",
    "/home/user/data/README": "Try:\n  sort -t, -k3 -nr cities.csv | head -3\n  jq '.[] | select(.active) | .name' users.json\n  awk -F, 'NR>1 {s[$2]+=$3} END {for (c in s) print c, s[c]}' cities.csv\n",
  },
  empty: {},
};
