/// One row of the inventory.
pub struct Item {
    pub name: String,
    pub qty: u32,
}

// TODO: parse the price column too
pub fn parse_line(line: &str) -> Option<Item> {
    let mut parts = line.split(',');
    let name = parts.next()?.to_string();
    let _category = parts.next()?;
    let qty = parts.next()?.parse().ok()?;
    Some(Item { name, qty })
}
