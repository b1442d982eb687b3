//! `--html`: each document as a self-contained web page (the library's `HtmlPage`), on
//! standard output for one document, or in a directory (`-o DIR`) as `<file stem>.html`.

use crate::Input;
use quote_attribution::Attributor;

#[cfg(feature = "html")]
pub(crate) fn run(attributor: &Attributor, inputs: &[Input], dir: Option<&str>) -> bool {
    use std::collections::HashSet;
    use std::path::Path;

    let dir = dir.map(Path::new);
    if let Some(dir) = dir
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("attribute: {}: {e}", dir.display());
        return false;
    }
    let mut stems = HashSet::new();
    let mut ok = true;
    for input in inputs {
        let name = input.name();
        let (stem, title) = match input {
            Input::File(f) => {
                let path = Path::new(f);
                let stem = path
                    .file_stem()
                    .map_or_else(|| f.into(), |s| s.to_string_lossy());
                let title = path
                    .file_name()
                    .map_or_else(|| f.into(), |s| s.to_string_lossy());
                (stem.into_owned(), title.into_owned())
            }
            Input::Stdin => ("stdin".to_string(), "Standard input".to_string()),
            Input::Sample => ("sample".to_string(), "Sample article (Hanoi summit)".into()),
        };
        if dir.is_some() && !stems.insert(stem.clone()) {
            eprintln!("attribute: {name}: another file already made {stem}.html");
            ok = false;
            continue;
        }
        ok &= match input.read() {
            Ok(bytes) => page(attributor, name, &title, &bytes, dir, &stem),
            Err(e) => {
                eprintln!("attribute: {e}");
                false
            }
        };
    }
    ok
}

/// Writes the page of document `name` to `dir/<stem>.html`, or to stdout; false if it failed.
#[cfg(feature = "html")]
fn page(
    attributor: &Attributor,
    name: &str,
    title: &str,
    bytes: &[u8],
    dir: Option<&std::path::Path>,
    stem: &str,
) -> bool {
    use std::fs::File;
    use std::io;

    use quote_attribution::HtmlPage;

    let article = match attributor.attribute_bytes(bytes) {
        Ok(article) => article,
        Err(e) => {
            eprintln!("attribute: {name}: {e}");
            return false;
        }
    };
    // The attributor has read the bytes as UTF-8: this borrows them as they are.
    let text = String::from_utf8_lossy(bytes);
    let mut page = HtmlPage::new(&text, &article);
    page.title(title);
    let (written, to) = match dir {
        Some(dir) => {
            let path = dir.join(format!("{stem}.html"));
            let written = File::create(&path).and_then(|mut file| page.write_io(&mut file));
            (written, path.display().to_string())
        }
        None => (
            page.write_io(&mut io::stdout().lock()),
            "standard output".to_string(),
        ),
    };
    if let Err(e) = &written {
        eprintln!("attribute: {name}: writing {to}: {e}");
    }
    written.is_ok()
}

#[cfg(not(feature = "html"))]
pub(crate) fn run(_: &Attributor, _: &[Input], _: Option<&str>) -> bool {
    eprintln!("attribute: --html needs the library's `html` feature");
    false
}
