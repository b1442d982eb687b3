//! Inputs shared by `benches/attribution.rs` and `examples/throughput.rs`: the seed article, a
//! realistic corpus (the PolNeAR train texts when `../shared/corpus/polnear/train.jsonl` exists
//! beside the crate, else documents made from the seed article), and pathological texts
//! generated in code.
//!
//! Nothing here copies corpus text into the repository: the corpus is read at run time.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The seed article, `tests/fixtures/hanoi.txt`.
pub const SEED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/hanoi.txt"
));

/// Documents to attribute one by one.
pub struct Corpus {
    /// Where the documents came from.
    pub name: String,
    /// The documents' texts.
    pub docs: Vec<String>,
}

impl Corpus {
    /// The total length of the documents, in bytes.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }
}

/// Where the PolNeAR train split lies when the crate sits beside `shared/`.
pub fn default_corpus_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear/train.jsonl")
}

/// Reads the string `text` of each non-blank line of a JSON Lines file.
pub fn read_jsonl(path: &Path) -> Result<Corpus, String> {
    let shown = path.display();
    let data = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let mut docs = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| format!("{shown}: line {}: not JSON: {e}", n + 1))?;
        match value.get("text") {
            Some(Value::String(t)) => docs.push(t.clone()),
            _ => {
                return Err(format!("{shown}: line {}: no string \"text\" field", n + 1));
            }
        }
    }
    if docs.is_empty() {
        return Err(format!("{shown}: no documents"));
    }
    let name = path
        .file_name()
        .map_or_else(|| shown.to_string(), |f| f.to_string_lossy().into_owned());
    Ok(Corpus { name, docs })
}

/// The realistic corpus: the PolNeAR train texts if they are there, else [`fixture_corpus`].
pub fn corpus() -> Corpus {
    let path = default_corpus_path();
    if path.exists() {
        match read_jsonl(&path) {
            Ok(mut c) => {
                c.name = "polnear/train".to_string();
                return c;
            }
            Err(e) => eprintln!("warning: {e}; using the fixture corpus instead"),
        }
    }
    fixture_corpus()
}

/// About 7 MB of documents (840 of them, like the PolNeAR train split) made from the seed
/// article's paragraphs: each document a different run of paragraphs, some with the names
/// changed, so that no two are alike.
pub fn fixture_corpus() -> Corpus {
    let paragraphs: Vec<&str> = SEED
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    const RENAMES: [(&str, &str); 4] = [
        ("Trump", "Biden"),
        ("Kim", "Moon"),
        ("Cha", "Abe"),
        ("Pompeo", "Blinken"),
    ];
    let n = paragraphs.len().max(1);
    let mut docs = Vec::with_capacity(840);
    for d in 0..840 {
        let take = 20 + (d * 13) % 41;
        let mut doc = String::new();
        for k in 0..take {
            if let Some(p) = paragraphs.get((d * 7 + k) % n) {
                doc.push_str(p);
                doc.push_str(if (d + k) % 5 == 0 { "\n" } else { "\n\n" });
            }
        }
        for (r, (from, to)) in RENAMES.iter().enumerate() {
            if (d >> r) & 1 == 1 {
                doc = doc.replace(from, to);
            }
        }
        docs.push(doc);
    }
    Corpus {
        name: "fixture (hanoi.txt varied)".to_string(),
        docs,
    }
}

/// A pathological input: its name, and the unit repeated to make it.
pub struct Pathological {
    /// A short name for tables and benchmark ids.
    pub name: &'static str,
    unit: &'static str,
}

impl Pathological {
    /// The unit repeated to at least `len` bytes.
    pub fn text(&self, len: usize) -> String {
        self.unit.repeat(len.div_ceil(self.unit.len()).max(1))
    }
}

/// The pathological inputs, each one paragraph unless it is about line breaks.
pub const PATHOLOGICAL: &[Pathological] = &[
    // Opening quotation marks that never close.
    Pathological {
        name: "unclosed-open",
        unit: "“word ",
    },
    // Apostrophes of every kind, none of them a quotation.
    Pathological {
        name: "apostrophes",
        unit: "it’s don’t O’Brien the ’90s rock ’n’ roll students’ votes, teachers' pay, \
               it's O'Neill's '80s hits ",
    },
    // Straight quotes around short words, out of step with themselves on each repeat.
    Pathological {
        name: "straight-words",
        unit: "\"a\" \"b\" \"c ",
    },
    // Straight quotes around nothing.
    Pathological {
        name: "straight-bare",
        unit: "\" ",
    },
    // Every family opened inside the last, again and again.
    Pathological {
        name: "nested",
        unit: "“‘«‹“‘«‹ word „‚「『 words ",
    },
    // One paragraph of words with no punctuation at all.
    Pathological {
        name: "no-punctuation",
        unit: "the president said that his government would not comment on what the \
               minister told reporters about the talks with officials from both sides ",
    },
    // One run of capitalised words: a name that never ends.
    Pathological {
        name: "capitalised",
        unit: "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi \
               Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega ",
    },
    // A quotation mark every few bytes.
    Pathological {
        name: "dense-marks",
        unit: "ab“cd”ef\"gh'ij",
    },
    // Paragraphs ended by CR alone.
    Pathological {
        name: "cr-lines",
        unit: "“We’ll see,” Trump said.\rHe left.\r",
    },
    // Paragraphs ended by CRLF.
    Pathological {
        name: "crlf-lines",
        unit: "“We’ll see,” Trump said.\r\nHe left.\r\n",
    },
    // Short paragraphs between many blank lines.
    Pathological {
        name: "blank-lines",
        unit: "word\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
    },
    // One quotation continued over ever more paragraphs, blank lines between them.
    Pathological {
        name: "continued-paragraphs",
        unit: "“It goes on\n\n\n\n",
    },
    // A single quotation that never closes, with a possible apostrophe at every word.
    Pathological {
        name: "single-apostrophes",
        unit: "‘rock ’n’ roll and the builders’ charter and the players’ union ",
    },
    // Paragraphs that are only a quotation, each repeating the words of the others.
    Pathological {
        name: "pull-quotes",
        unit: "“The same words said again and again here.”\n\n",
    },
    // Hard-wrapped text: lines of a fixed width, quotations across the wraps.
    Pathological {
        name: "wrapped",
        unit: "\"We will find the money without asking families to pay any more,\" the\n\
               mayor told reporters after a long council meeting on Tuesday night in\n\
               the city.\n\n",
    },
];
