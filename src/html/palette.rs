//! The speakers' colours: twelve that people with the common forms of colour blindness can
//! still tell apart, then the same twelve under a pattern.
//!
//! The hues are Okabe and Ito's eight-colour set for colour-blind readers (less black), then
//! five from Paul Tol's schemes chosen to stay furthest from them (sand, red, pink, green, pale
//! cyan). A highlight's background is a light tint of its hue, on which dark text keeps a
//! contrast of at least 7.5:1; its underline is the hue itself, darkened where needed to a
//! contrast of 3:1 with the white page.
//!
//! A speaker's colour follows its index in [`Article::speakers`](crate::Article::speakers) (the
//! order in which the article's speakers first speak), never a hash of the name, so that the
//! first twelve speakers always have twelve different colours and the same text gets the same
//! colours on every run. One person may have different colours in different articles.

/// A speaker's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Colour {
    /// The hue's name, for the legend's text alternative and for tests.
    pub(super) name: &'static str,
    /// The underline and the swatch: the hue, with a contrast of 3:1 or more on white.
    pub(super) line: &'static str,
    /// The background under the text: a tint of the hue, under dark text.
    pub(super) tint: &'static str,
}

const fn colour(name: &'static str, line: &'static str, tint: &'static str) -> Colour {
    Colour { name, line, tint }
}

/// The twelve colours, most distinct first.
pub(super) const PALETTE: [Colour; 12] = [
    colour("blue", "#0072b2", "#80b8d8"),
    colour("orange", "#c68900", "#f2cf80"),
    colour("bluish green", "#009e73", "#80ceb9"),
    colour("reddish purple", "#cc79a7", "#e6bcd3"),
    colour("sky blue", "#4b9dcb", "#abdaf4"),
    colour("vermillion", "#d55e00", "#eaae80"),
    colour("yellow", "#9e962c", "#f8f2a0"),
    colour("sand", "#a19557", "#eee6bb"),
    colour("red", "#cc3311", "#e69988"),
    colour("pink", "#c2818e", "#ffd4dd"),
    colour("green", "#228833", "#90c399"),
    colour("pale cyan", "#6b9bb2", "#cceeff"),
];

/// The patterns laid over the tint of the speakers after the first twelve, as CSS images:
/// the thirteenth speaker has the first speaker's colour with stripes, and so on.
pub(super) const PATTERNS: [&str; 3] = [
    "repeating-linear-gradient(45deg, rgba(0,0,0,.16) 0 2px, transparent 2px 7px)",
    "repeating-linear-gradient(-45deg, rgba(0,0,0,.16) 0 2px, transparent 2px 7px)",
    "radial-gradient(rgba(0,0,0,.22) 1.2px, transparent 1.6px) 0 0 / 6px 6px",
];

/// How the speaker at `index` in the article's speakers is drawn: a colour, and for the
/// speakers after the first twelve a pattern.
pub(super) fn style(index: usize) -> (Colour, Option<&'static str>) {
    let colour = PALETTE[index % PALETTE.len()];
    let pattern = match index / PALETTE.len() {
        0 => None,
        round => Some(PATTERNS[(round - 1) % PATTERNS.len()]),
    };
    (colour, pattern)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The colour as linear RGB, from `#rrggbb`.
    fn linear(hex: &str) -> [f64; 3] {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        [channel(1), channel(3), channel(5)]
    }

    fn luminance([r, g, b]: [f64; 3]) -> f64 {
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// The WCAG contrast ratio of two colours.
    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(linear(a)), luminance(linear(b)));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// CIE L*a*b* (D65) of a linear RGB colour.
    fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        let y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        let z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        [116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)]
    }

    /// How a colour looks with protanopia or deuteranopia (Machado, Oliveira and Fernandes
    /// 2009, full severity), or unchanged.
    fn seen(rgb: [f64; 3], vision: Vision) -> [f64; 3] {
        let m = match vision {
            Vision::Normal => return rgb,
            Vision::Protanopia => [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
            Vision::Deuteranopia => [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        };
        m.map(|row| (row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]).clamp(0.0, 1.0))
    }

    #[derive(Debug, Clone, Copy)]
    enum Vision {
        Normal,
        Protanopia,
        Deuteranopia,
    }

    /// The CIE76 colour difference of two colours as seen with `vision`.
    fn difference(a: &str, b: &str, vision: Vision) -> f64 {
        let (a, b) = (lab(seen(linear(a), vision)), lab(seen(linear(b), vision)));
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f64>()
            .sqrt()
    }

    #[test]
    fn dark_text_reads_on_every_tint_and_every_line_shows_on_white() {
        for c in PALETTE {
            assert!(contrast("#1a1a1a", c.tint) >= 7.5, "{c:?}");
            assert!(contrast("#ffffff", c.line) >= 2.95, "{c:?}");
        }
    }

    /// Side by side, two colours that differ by 7 or more (CIE76) are plainly different; the
    /// tints, which carry a highlight's colour, stay that far apart for normal vision and for
    /// the two common forms of red-green colour blindness.
    #[test]
    fn twelve_speakers_have_twelve_distinct_tints() {
        let tint = |c: &Colour| c.tint;
        let line = |c: &Colour| c.line;
        all_apart(
            tint,
            7.0,
            &[Vision::Normal, Vision::Protanopia, Vision::Deuteranopia],
        );
        all_apart(line, 6.0, &[Vision::Normal, Vision::Deuteranopia]);
    }

    /// Asserts that every two colours of the palette, read by `part`, differ by `min` or more
    /// for each of `visions`.
    fn all_apart(part: impl Fn(&Colour) -> &'static str, min: f64, visions: &[Vision]) {
        for &vision in visions {
            for (i, a) in PALETTE.iter().enumerate() {
                for b in &PALETTE[i + 1..] {
                    let d = difference(part(a), part(b), vision);
                    assert!(
                        d >= min,
                        "{} and {} differ by {d:.1} ({vision:?})",
                        a.name,
                        b.name
                    );
                }
            }
        }
    }

    #[test]
    fn a_speakers_style_depends_on_its_index_alone() {
        assert_eq!(style(0), style(0));
        assert_eq!(style(0), (PALETTE[0], None));
        assert_eq!(style(11), (PALETTE[11], None));
        assert_eq!(style(12), (PALETTE[0], Some(PATTERNS[0])));
        assert_eq!(style(25), (PALETTE[1], Some(PATTERNS[1])));
        // Thirty-six speakers, thirty-six looks.
        let looks: std::collections::HashSet<_> = (0..36).map(style).collect();
        assert_eq!(looks.len(), 36);
    }
}
