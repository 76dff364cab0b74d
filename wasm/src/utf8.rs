//! Decoding a byte stream as UTF-8 chunk by chunk: a character split across two chunks
//! is held back until its last byte arrives, so no chunk ends in a broken character.

/// A UTF-8 decoder for a stream of chunks (the `chunkEncoding: "utf8"` of `execute`).
#[derive(Debug, Default)]
pub struct Utf8Decoder {
    /// The start of a character whose remaining bytes have not arrived yet (at most 3).
    pending: Vec<u8>,
}

impl Utf8Decoder {
    /// Decodes `chunk` after the bytes held back from the previous one. Invalid bytes become
    /// U+FFFD, as in `String::from_utf8_lossy`.
    pub fn push(&mut self, chunk: &[u8]) -> String {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(chunk);
        let cut = complete_len(&data);
        self.pending = data.split_off(cut);
        String::from_utf8_lossy(&data).into_owned()
    }

    /// The held-back bytes at the end of the stream (an unfinished character: U+FFFD).
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        String::from_utf8_lossy(&rest).into_owned()
    }
}

/// The length of the prefix of `data` that decodes now: all of it but an unfinished
/// character at the very end.
fn complete_len(data: &[u8]) -> usize {
    let mut start = 0;
    // `start` grows on every turn: the loop ends.
    while let Some(rest) = data.get(start..) {
        match std::str::from_utf8(rest) {
            Ok(_) => break,
            Err(e) => match e.error_len() {
                None => return start + e.valid_up_to(),
                Some(bad) => start += e.valid_up_to() + bad,
            },
        }
    }
    data.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_split_across_chunks() {
        let text = "héllo → wörld 😀!";
        let bytes = text.as_bytes();
        // Every way of cutting the text in two, and one byte at a time.
        for cut in 0..=bytes.len() {
            let mut d = Utf8Decoder::default();
            let mut got = d.push(&bytes[..cut]);
            got.push_str(&d.push(&bytes[cut..]));
            got.push_str(&d.finish());
            assert_eq!(got, text, "cut at {cut}");
        }
        let mut d = Utf8Decoder::default();
        let got: String = bytes.iter().map(|b| d.push(&[*b])).collect();
        assert_eq!(got, text);
    }

    #[test]
    fn invalid_and_unfinished_bytes() {
        for (chunks, want) in [
            (&[&b"a\xffb"[..]][..], "a\u{FFFD}b"),
            (&[&b"a\xe2\x82"[..], b"\xacz"], "a€z"),
            (&[&b"a\xe2\x82"[..]], "a\u{FFFD}"),
            (&[&b"\xe2"[..], b"x"], "\u{FFFD}x"),
            (&[&b"\xf0\x9f"[..], b"\x98", b"\x80"], "😀"),
            (&[&b""[..]], ""),
        ] {
            let mut d = Utf8Decoder::default();
            let mut got: String = chunks.iter().map(|c| d.push(c)).collect();
            got.push_str(&d.finish());
            assert_eq!(got, want, "{chunks:?}");
        }
    }
}
