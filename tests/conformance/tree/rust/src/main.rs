mod parser;

fn main() {
    let line = "widget,tools,4,2.50";
    match parser::parse_line(line) {
        Some(item) => println!("{} x{}", item.name, item.qty),
        None => eprintln!("bad line: {line}"),
    }
}
