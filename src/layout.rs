//! How a document lays out its paragraphs: one a line (as most news feeds and the web give
//! them), or hard-wrapped at a fixed width with blank lines between paragraphs (wire feeds,
//! archives, e-mail, Project Gutenberg), where a single line break is only a soft wrap inside a
//! sentence. Decided once per document, from the lengths of its lines.

/// How a document marks its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Layout {
    /// Every line break ends a paragraph.
    #[default]
    Lines,
    /// Lines are wrapped at a fixed width; only a blank line ends a paragraph.
    Wrapped,
}

/// The longest line of wrapped text, in bytes: fixed-width wrapping is at 60 to 80 columns.
const MAX_WRAP: usize = 100;
/// The fewest soft wraps that show a document is wrapped.
const MIN_WRAPS: usize = 3;

impl Layout {
    /// The layout of `text`: wrapped when it has blank lines between paragraphs, and the lines
    /// that a single line break ends are nearly all long and none is longer than a wrapping
    /// width (a paragraph ended early by its last word may be short, so a few short ones are
    /// allowed), and sentences go on across them (a quarter of the next lines open with a
    /// lower-case word; a list of headlines does not).
    ///
    /// One pass over the line breaks.
    pub(crate) fn of(text: &str) -> Layout {
        let bytes = text.as_bytes();
        let mut blank = 0usize;
        let mut singles = 0usize;
        let mut long = 0usize;
        let mut lower = 0usize;
        let mut start = 0usize;
        // The length of the line before, when it was not blank.
        let mut previous: Option<usize> = None;
        // A line ends at LF, CRLF or CR alike: the LF of a CRLF ends the line its CR began.
        let ends = memchr::memchr2_iter(b'\n', b'\r', bytes)
            .filter(|&i| !(bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r'))
            .chain(std::iter::once(bytes.len()));
        for end in ends {
            let line = text.get(start..end).unwrap_or_default();
            let len = line.trim().len();
            if len == 0 {
                blank += 1;
                previous = None;
            } else {
                if let Some(p) = previous {
                    // The line before ended at a single line break.
                    singles += 1;
                    // A wrapped sentence goes on on the next line.
                    if line.trim_start().starts_with(char::is_lowercase) {
                        lower += 1;
                    }
                    if p >= MAX_WRAP / 2 {
                        long += 1;
                    }
                    if p > MAX_WRAP {
                        return Layout::Lines;
                    }
                }
                previous = Some(len);
            }
            start = end + 1 + usize::from(bytes.get(end..end + 2) == Some(&b"\r\n"[..]));
        }
        if blank > 0 && singles >= MIN_WRAPS && long * 5 >= singles * 4 && lower * 4 >= singles {
            Layout::Wrapped
        } else {
            Layout::Lines
        }
    }

    /// Whether the line break of `len` bytes at `at` in `text` only wraps a line: the layout is
    /// wrapped and the lines on both sides of it hold text.
    pub(crate) fn is_soft_break(self, text: &str, at: usize, len: usize) -> bool {
        if self == Layout::Lines {
            return false;
        }
        let before = text[..at].trim_end_matches([' ', '\t']);
        let after = text[at + len..].trim_start_matches([' ', '\t']);
        !before.is_empty()
            && !after.is_empty()
            && !before.ends_with(['\n', '\r'])
            && !after.starts_with(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_text_has_blank_lines_and_long_single_wrapped_lines() {
        let wrapped = "The mayor said on Tuesday that the city would not raise taxes this\n\
                       year, despite a shortfall in the budget that officials put at four\n\
                       million dollars.\n\n\
                       \"We will find the money,\" she told reporters at City Hall after the\n\
                       meeting, which ran for three hours and ended without a vote on it.\n";
        assert_eq!(Layout::of(wrapped), Layout::Wrapped);
        // Lines end at LF, CRLF or CR alike.
        assert_eq!(Layout::of(&wrapped.replace('\n', "\r\n")), Layout::Wrapped);
        assert_eq!(Layout::of(&wrapped.replace('\n', "\r")), Layout::Wrapped);
        // A paragraph a line, as the web gives them.
        let lines = "The mayor said on Tuesday that the city would not raise taxes this year, despite a shortfall.\n\
                     \"We will find the money,\" she told reporters at City Hall after the meeting on Monday night.\n\
                     Officials put the shortfall at four million dollars, the largest in a decade or more.\n\
                     The council meets again next week to vote on the plan, which has wide support.\n";
        assert_eq!(Layout::of(lines), Layout::Lines);
        // Short lines (a poem, a list, a header) are not wrapping.
        let short =
            "By Jane Roe\nStaff writer\nHalifax\n\nThe mayor spoke.\nShe left.\nIt rained.\n";
        assert_eq!(Layout::of(short), Layout::Lines);
        // Nor is a list of headlines of a wrapping width.
        let headlines = "Related stories:\n\n\
                         Historic Climate Change Agreement Adopted In Paris On Saturday\n\
                         The Paris Climate Agreement Is One Huge Step For All Mankind\n\
                         Speaking With One Voice To Solve The Climate Crisis Right Now\n\
                         Work Starts Tomorrow, But For Today, Congratulations To All\n";
        assert_eq!(Layout::of(headlines), Layout::Lines);
    }

    #[test]
    fn only_a_break_between_two_lines_of_text_is_soft() {
        let text = "one line\ntwo\n\nthree";
        let w = Layout::Wrapped;
        assert!(w.is_soft_break(text, 8, 1));
        assert!(!w.is_soft_break(text, 12, 1));
        assert!(!w.is_soft_break(text, 13, 1));
        assert!(!Layout::Lines.is_soft_break(text, 8, 1));
    }
}
