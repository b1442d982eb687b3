//! Text and attribute values as HTML: the five characters with a meaning in markup become
//! character references, so that an article holding `<script>` or `&amp;` shows them as text.

use std::fmt::{self, Write};

/// Writes `s` as HTML text or as the value of a quoted attribute.
///
/// `&`, `<`, `>`, `"` and `'` become references; a NUL, which an HTML parser drops or replaces,
/// becomes U+FFFD, as the parser would show it. Every other character is written as it is:
/// the page is UTF-8.
pub(super) fn escape<W: Write + ?Sized>(out: &mut W, s: &str) -> fmt::Result {
    let mut written = 0;
    for (i, byte) in s.bytes().enumerate() {
        let reference = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        // An ASCII byte never lies inside a multi-byte character: both ends are boundaries.
        out.write_str(s.get(written..i).unwrap_or_default())?;
        out.write_str(reference)?;
        written = i + 1;
    }
    out.write_str(s.get(written..).unwrap_or_default())
}

/// `s` escaped, for tests and short values.
#[cfg(test)]
pub(super) fn escaped(s: &str) -> String {
    let mut out = String::new();
    escape(&mut out, s).expect("a String takes any text");
    out
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn markup_characters_become_references() {
        assert_eq!(
            escaped(r#"<script>alert("1" & '2')</script>"#),
            "&lt;script&gt;alert(&quot;1&quot; &amp; &#39;2&#39;)&lt;/script&gt;"
        );
    }

    #[test]
    fn a_reference_in_the_text_stays_text() {
        assert_eq!(escaped("Tom &amp; Jerry"), "Tom &amp;amp; Jerry");
    }

    #[test]
    fn other_characters_are_kept() {
        assert_eq!(escaped(""), "");
        assert_eq!(
            escaped("“We’ll see,” he said — 北朝鮮 🙂"),
            "“We’ll see,” he said — 北朝鮮 🙂"
        );
        assert_eq!(escaped("a\u{0}b"), "a\u{FFFD}b");
        assert_eq!(escaped("é<é"), "é&lt;é");
    }
}
