//! The import structure of `src/`, checked: no import circles between files
//! (no two files import each other, directly or round a longer circle), and
//! no import from a lower layer up to a higher one ([`LAYERS`]).
//!
//! It reads every `.rs` file under `src/`, takes each module path it names
//! (`use` trees and paths in code, starting with `crate`, `self`, `super`, a
//! child module, a name a `use` brought in, or `portfolio` in the binaries),
//! and resolves it to the file that holds that module: `crate::a::b::Item`
//! leads to `src/a/b.rs` (or `src/a/b/mod.rs`), else `src/a.rs`, else
//! `lib.rs`. Comments and string literals are skipped. `mod x;` itself is not
//! an import, and paths into a file's own inline modules stay in the file.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

/// The layers of `src/`, lowest first. A file may import files of its own
/// layer or a lower one, never of a higher one. A file belongs to the layer
/// whose entry is the longest prefix of its path below `src/`; every file
/// must belong to one, so a new top-level module has to be placed here.
///
/// - foundation: base path and links, figures, the markup writer;
/// - content: the typed content, parsed from `content/*.json`;
/// - behaviours: each behaviour with its markup hooks, logic and DOM glue,
///   and the glue they share (`interaction/browser.rs`);
/// - dispatcher: starts the behaviours by name, above all of them;
/// - domain: the booking logic, and pictures drawn from the content;
/// - shared components, then the other components (home sections, the site's
///   frame, the booking form's parts in `booking/view/`);
/// - pages: one file per route;
/// - app: `lib.rs`, the `App` and the three start-ups;
/// - entry points and build: the browser entry points, the prerenderer and
///   the release step.
const LAYERS: &[(&str, &[&str])] = &[
    ("foundation", &["paths.rs", "figure.rs", "html.rs"]),
    ("content", &["content/"]),
    ("behaviours", &["interaction/"]),
    ("behaviour dispatcher", &["interaction/behaviour.rs"]),
    ("domain", &["booking/", "pictures.rs"]),
    ("shared components", &["components/shared/"]),
    ("components", &["components/", "booking/view/"]),
    ("pages", &["pages/"]),
    ("app", &["lib.rs"]),
    ("entry points and build", &["main.rs", "main_", "prerender.rs", "release.rs"]),
];

#[test]
fn src_has_no_import_circles_and_no_upward_imports() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    read_sources(&src, &src, &mut files);
    assert!(files.len() > 30, "found the sources ({} files)", files.len());
    let graph = Graph::of(&files);
    assert!(graph.edges.len() > 50, "found the imports ({})", graph.edges.len());

    let mut problems = Vec::new();
    problems.extend(graph.circles(&BTreeSet::new()));
    problems.extend(graph.upward_imports(LAYERS));
    assert!(problems.is_empty(), "the import structure of src/ is broken:\n{}", problems.join("\n"));
}

/// Every `.rs` file below `dir`, by its path below `root` (with `/`).
fn read_sources(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).expect("read src/") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            read_sources(root, &path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let name = path.strip_prefix(root).unwrap().components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            files.insert(name, std::fs::read_to_string(&path).expect("read a source file"));
        }
    }
}

/// The module path of a library file (`lib.rs` is the root); `None` for the
/// binaries' roots (`main.rs`, `bin/*.rs`), which are crates of their own.
fn module_path(file: &str) -> Option<Vec<String>> {
    if file == "main.rs" || file.starts_with("bin/") {
        return None;
    }
    if file == "lib.rs" {
        return Some(Vec::new());
    }
    let stem = file.strip_suffix("/mod.rs").or_else(|| file.strip_suffix(".rs"))?;
    Some(stem.split('/').map(str::to_string).collect())
}

/// One import between two files, with where it is written.
#[derive(Debug, Clone)]
struct Import {
    line: usize,
    path: String,
}

/// The file-level import graph: `(from, to)` with the first place it is written.
struct Graph {
    edges: BTreeMap<(String, String), Import>,
}

impl Graph {
    fn of(files: &BTreeMap<String, String>) -> Graph {
        let modules: BTreeMap<Vec<String>, String> =
            files.keys().filter_map(|file| Some((module_path(file)?, file.clone()))).collect();
        let mut edges = BTreeMap::new();
        for (file, source) in files {
            for (path, import) in paths_named(file, source) {
                // The longest module prefix of the path is the file it leads to.
                let Some(to) = (0..=path.len()).rev().find_map(|n| modules.get(&path[..n])) else { continue };
                if to != file {
                    edges.entry((file.clone(), to.clone())).or_insert(import);
                }
            }
        }
        Graph { edges }
    }

    fn targets(&self, from: &str, allowed: &BTreeSet<(String, String)>) -> Vec<&str> {
        self.edges
            .keys()
            .filter(|(a, b)| a == from && !allowed.contains(&(a.clone(), b.clone())))
            .map(|(_, b)| b.as_str())
            .collect()
    }

    /// Every file reachable from `from` by one or more imports.
    fn reachable<'a>(&'a self, from: &'a str, allowed: &BTreeSet<(String, String)>) -> BTreeSet<&'a str> {
        let mut found = BTreeSet::new();
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            for next in self.targets(at, allowed) {
                if found.insert(next) {
                    queue.push_back(next);
                }
            }
        }
        found
    }

    /// One message per circle: each set of files that all reach each other
    /// by imports, with the shortest circle through its first file and where
    /// each of its imports is written.
    fn circles(&self, allowed: &BTreeSet<(String, String)>) -> Vec<String> {
        let nodes: BTreeSet<&str> = self.edges.keys().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
        let mut reported = BTreeSet::new();
        let mut messages = Vec::new();
        for &start in &nodes {
            if reported.contains(start) || !self.reachable(start, allowed).contains(start) {
                continue;
            }
            let from_start = self.reachable(start, allowed);
            let members: Vec<&str> = from_start.into_iter().filter(|m| self.reachable(m, allowed).contains(start)).collect();
            reported.extend(members.iter().copied());
            let circle = self.shortest_circle(start, allowed);
            let steps: Vec<String> = circle
                .windows(2)
                .map(|pair| {
                    let import = &self.edges[&(pair[0].to_string(), pair[1].to_string())];
                    format!("  src/{} line {}: {}", pair[0], import.line, import.path)
                })
                .collect();
            messages.push(format!(
                "import circle between {}: {}\n{}",
                members.join(", "),
                circle.join(" → "),
                steps.join("\n")
            ));
        }
        messages
    }

    /// The shortest way from `start` back to itself (`start` must be on a circle).
    fn shortest_circle<'a>(&'a self, start: &'a str, allowed: &BTreeSet<(String, String)>) -> Vec<&'a str> {
        let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::from([start]);
        while let Some(at) = queue.pop_front() {
            for next in self.targets(at, allowed) {
                if next == start {
                    let mut circle = vec![at];
                    while *circle.last().unwrap() != start {
                        circle.push(came_from[circle.last().unwrap()]);
                    }
                    circle.reverse();
                    circle.push(start);
                    return circle;
                }
                if !came_from.contains_key(next) {
                    came_from.insert(next, at);
                    queue.push_back(next);
                }
            }
        }
        unreachable!("{start} is on a circle")
    }

    /// One message per import from a file to a file of a higher layer, and
    /// per file that belongs to no layer.
    fn upward_imports(&self, layers: &[(&str, &[&str])]) -> Vec<String> {
        let mut messages = Vec::new();
        let mut unplaced = BTreeSet::new();
        for ((from, to), import) in &self.edges {
            let (Some(low), Some(high)) = (layer_of(from, layers), layer_of(to, layers)) else {
                unplaced.extend([from, to].into_iter().filter(|f| layer_of(f, layers).is_none()));
                continue;
            };
            if high > low {
                messages.push(format!(
                    "upward import: src/{from} ({}) imports src/{to} ({}) at line {}: {}",
                    layers[low].0, layers[high].0, import.line, import.path
                ));
            }
        }
        messages.extend(unplaced.into_iter().map(|file| format!("src/{file} belongs to no layer: add it to LAYERS")));
        messages
    }
}

/// The index in `layers` of the layer `file` belongs to (longest prefix).
fn layer_of(file: &str, layers: &[(&str, &[&str])]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (index, (_, prefixes)) in layers.iter().enumerate() {
        for prefix in *prefixes {
            let matches = if prefix.ends_with('/') { file.starts_with(prefix) } else { file == *prefix };
            if matches && best.is_none_or(|(length, _)| prefix.len() > length) {
                best = Some((prefix.len(), index));
            }
        }
    }
    best.map(|(_, index)| index)
}

/// A token of Rust source: an identifier or keyword, `::`, or one other
/// character; comments, string and character literals are left out.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    text: String,
    line: usize,
}

fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    // Skips from `i` to just past `end`, counting lines; `escapes` when a
    // backslash escapes the next character (not in raw strings).
    let skip_to = |i: &mut usize, line: &mut usize, end: &[char], escapes: bool| {
        while *i < chars.len() && !chars[*i..].starts_with(end) {
            if escapes && chars[*i] == '\\' {
                *line += usize::from(chars.get(*i + 1) == Some(&'\n'));
                *i += 1;
            }
            if chars.get(*i) == Some(&'\n') {
                *line += 1;
            }
            *i += 1;
        }
        *i += end.len();
    };
    while i < chars.len() {
        let c = chars[i];
        let rest = &chars[i..];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if rest.starts_with(&['/', '/']) {
            skip_to(&mut i, &mut line, &['\n'], false);
            line += 1;
        } else if rest.starts_with(&['/', '*']) {
            // Block comments nest.
            let mut depth = 0;
            while i < chars.len() {
                if chars[i..].starts_with(&['/', '*']) {
                    depth += 1;
                    i += 2;
                } else if chars[i..].starts_with(&['*', '/']) {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i += 1;
            skip_to(&mut i, &mut line, &['"'], true);
        } else if c == '\'' {
            if chars.get(i + 1) == Some(&'\\') {
                i += 3; // the quote, the backslash and the escaped character
                skip_to(&mut i, &mut line, &['\''], true);
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1; // a lifetime: its name follows as an identifier
            }
        } else if ident(c) {
            let start = i;
            while i < chars.len() && ident(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            // Raw strings: r"…", r#"…"#, br#"…"#.
            let hashes = chars[i..].iter().take_while(|&&h| h == '#').count();
            if (word == "r" || word == "br") && chars.get(i + hashes) == Some(&'"') {
                i += hashes + 1;
                let end: Vec<char> = std::iter::once('"').chain(std::iter::repeat_n('#', hashes)).collect();
                skip_to(&mut i, &mut line, &end, false);
            } else if word == "b" && chars.get(i) == Some(&'"') {
                i += 1;
                skip_to(&mut i, &mut line, &['"'], true);
            } else {
                out.push(Token { text: word, line });
            }
        } else if rest.starts_with(&[':', ':']) {
            out.push(Token { text: "::".into(), line });
            i += 2;
        } else {
            if !c.is_whitespace() {
                out.push(Token { text: c.to_string(), line });
            }
            i += 1;
        }
    }
    out
}

/// Every module path `file` names, from the library's root, with where it is
/// written. Paths that lead outside the library (std, leptos, …) are left out.
fn paths_named(file: &str, source: &str) -> Vec<(Vec<String>, Import)> {
    let toks = tokens(source);
    let is_bin = module_path(file).is_none();

    // The module each token is in (inline `mod x { … }` included), the
    // modules declared in the file, and the spans of `use` declarations.
    let mut scope_at = Vec::with_capacity(toks.len());
    let mut scope = module_path(file).unwrap_or_default();
    let mut open: Vec<Option<String>> = Vec::new();
    let mut children: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, tok) in toks.iter().enumerate() {
        scope_at.push(scope.clone());
        let word = |k: usize| toks.get(k).map(|t| t.text.as_str());
        if let ("mod", Some(name), Some(";" | "{")) = (tok.text.as_str(), word(i + 1), word(i + 2)) {
            children.insert(name.to_string(), [scope.clone(), vec![name.to_string()]].concat());
        }
        match tok.text.as_str() {
            "{" => {
                let inline = (i >= 2 && toks[i - 2].text == "mod").then(|| toks[i - 1].text.clone());
                if let Some(name) = &inline {
                    scope.push(name.clone());
                }
                open.push(inline);
            }
            "}" => {
                if let Some(Some(_)) = open.pop() {
                    scope.pop();
                }
            }
            _ => {}
        }
    }

    // `use` declarations: each path with the name it brings in.
    let mut used: Vec<(Vec<String>, Option<String>, usize)> = Vec::new();
    let mut in_use = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        if toks[i].text == "use" {
            let start = i;
            i += 1;
            let mut trees = Vec::new();
            use_tree(&toks, &mut i, Vec::new(), &mut trees);
            while i < toks.len() && toks[i].text != ";" {
                i += 1;
            }
            in_use[start..i.min(toks.len())].iter_mut().for_each(|t| *t = true);
            used.extend(trees.into_iter().map(|(path, alias)| (path, alias, start)));
        }
        i += 1;
    }

    // What a path's first segment stands for, as a path from the root.
    let aliases: BTreeMap<String, Vec<String>> = used
        .iter()
        .filter_map(|(path, alias, at)| Some((alias.clone()?, path.clone(), *at)))
        .filter_map(|(alias, path, at)| Some((alias, absolute(&path, &scope_at[at], &children, &BTreeMap::new(), is_bin)?)))
        .collect();

    let mut named = Vec::new();
    for (path, _, at) in &used {
        if let Some(absolute) = absolute(path, &scope_at[*at], &children, &aliases, is_bin) {
            named.push((absolute, Import { line: toks[*at].line, path: format!("use {}", path.join("::")) }));
        }
    }
    // Paths in code: `first::second…` not inside a `use` and not after `::` or `.`.
    for i in 0..toks.len() {
        let starts = !in_use[i]
            && toks.get(i + 1).is_some_and(|t| t.text == "::")
            && (i == 0 || (toks[i - 1].text != "::" && toks[i - 1].text != "."));
        if !starts {
            continue;
        }
        let mut path = vec![toks[i].text.clone()];
        let mut k = i + 1;
        while k + 1 < toks.len() && toks[k].text == "::" && is_word(&toks[k + 1].text) {
            path.push(toks[k + 1].text.clone());
            k += 2;
        }
        if let Some(absolute) = absolute(&path, &scope_at[i], &children, &aliases, is_bin) {
            named.push((absolute, Import { line: toks[i].line, path: path.join("::") }));
        }
    }
    named
}

fn is_word(text: &str) -> bool {
    text.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Reads one use tree at `i` (after `use`, or inside `{…}`), adding each
/// path it names with the name it brings in (`None` for a glob).
fn use_tree(toks: &[Token], i: &mut usize, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    let mut path = prefix;
    while *i < toks.len() {
        match toks[*i].text.as_str() {
            "::" => *i += 1,
            "{" => {
                *i += 1;
                while *i < toks.len() && toks[*i].text != "}" {
                    use_tree(toks, i, path.clone(), out);
                    if *i < toks.len() && toks[*i].text == "," {
                        *i += 1;
                    }
                }
                *i += 1;
                return;
            }
            "*" => {
                *i += 1;
                out.push((path, None));
                return;
            }
            word if is_word(word) => {
                path.push(word.to_string());
                *i += 1;
                if *i < toks.len() && toks[*i].text == "::" {
                    continue;
                }
                if path.last().is_some_and(|last| last == "self") {
                    path.pop();
                }
                let alias = if *i < toks.len() && toks[*i].text == "as" {
                    *i += 2;
                    Some(toks[*i - 1].text.clone())
                } else {
                    path.last().cloned()
                };
                out.push((path, alias));
                return;
            }
            _ => return,
        }
    }
}

/// `path` as written in module `scope`, as a path from the library's root;
/// `None` when it leads outside the library.
fn absolute(
    path: &[String],
    scope: &[String],
    children: &BTreeMap<String, Vec<String>>,
    aliases: &BTreeMap<String, Vec<String>>,
    is_bin: bool,
) -> Option<Vec<String>> {
    let (first, rest) = path.split_first()?;
    let mut base = match first.as_str() {
        "crate" if !is_bin => Vec::new(),
        "portfolio" if is_bin => Vec::new(),
        "self" => scope.to_vec(),
        "super" => {
            let mut base = scope.to_vec();
            base.pop()?;
            let supers = rest.iter().take_while(|s| *s == "super").count();
            for _ in 0..supers {
                base.pop()?;
            }
            return Some([base, rest[supers..].to_vec()].concat());
        }
        name if children.contains_key(name) => children[name].clone(),
        name if aliases.contains_key(name) => {
            return Some([aliases[name].clone(), rest.to_vec()].concat());
        }
        _ => return None,
    };
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The checker itself, on small made-up crates.
mod checker {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> Graph {
        Graph::of(&files.iter().map(|(f, s)| (f.to_string(), s.to_string())).collect())
    }

    fn edges(graph: &Graph) -> Vec<(&str, &str)> {
        graph.edges.keys().map(|(a, b)| (a.as_str(), b.as_str())).collect()
    }

    const LIB: (&str, &str) = ("lib.rs", "pub mod low; pub mod high; pub mod group;");

    #[test]
    fn finds_a_circle_between_two_files_and_names_them() {
        let g = graph(&[LIB, ("low.rs", "use crate::high::Thing;"), ("high.rs", "pub fn f() { crate::low::g() }")]);
        let circles = g.circles(&BTreeSet::new());
        assert_eq!(circles.len(), 1, "{circles:?}");
        assert!(circles[0].starts_with("import circle between high.rs, low.rs: high.rs → low.rs → high.rs"), "{}", circles[0]);
        assert!(circles[0].contains("line 1"), "{}", circles[0]);
    }

    #[test]
    fn finds_a_longer_circle_and_an_allowed_import_breaks_it() {
        let g = graph(&[
            ("lib.rs", "mod a; mod b; mod c;"),
            ("a.rs", "use crate::b;"),
            ("b.rs", "use super::c::X;"),
            ("c.rs", "fn f() { crate::a::go(); }"),
        ]);
        let circles = g.circles(&BTreeSet::new());
        assert_eq!(circles.len(), 1, "{circles:?}");
        assert!(circles[0].starts_with("import circle between a.rs, b.rs, c.rs: a.rs → b.rs → c.rs → a.rs"), "{}", circles[0]);
        let allowed = BTreeSet::from([("c.rs".to_string(), "a.rs".to_string())]);
        assert!(g.circles(&allowed).is_empty());
    }

    #[test]
    fn finds_an_import_from_a_lower_layer_up() {
        let layers: &[(&str, &[&str])] = &[("low", &["low.rs"]), ("high", &["high.rs", "lib.rs"])];
        let g = graph(&[LIB, ("low.rs", "use crate::high::Thing;"), ("high.rs", "use crate::low;")]);
        let upward = g.upward_imports(layers);
        assert_eq!(upward.len(), 1, "{upward:?}");
        assert!(upward[0].starts_with("upward import: src/low.rs (low) imports src/high.rs (high)"), "{}", upward[0]);
        let down = graph(&[LIB, ("high.rs", "use crate::low::Thing;")]);
        assert!(down.upward_imports(layers).is_empty());
    }

    #[test]
    fn a_file_outside_every_layer_is_reported() {
        let layers: &[(&str, &[&str])] = &[("all", &["lib.rs", "low.rs"])];
        let g = graph(&[LIB, ("low.rs", "use crate::group::x;"), ("group/mod.rs", "")]);
        assert_eq!(g.upward_imports(layers), ["src/group/mod.rs belongs to no layer: add it to LAYERS"]);
    }

    #[test]
    fn the_longest_layer_prefix_wins() {
        assert_eq!(layer_of("interaction/behaviour.rs", LAYERS).map(|i| LAYERS[i].0), Some("behaviour dispatcher"));
        assert_eq!(layer_of("interaction/count_up/dom.rs", LAYERS).map(|i| LAYERS[i].0), Some("behaviours"));
        assert_eq!(layer_of("components/shared/picture.rs", LAYERS).map(|i| LAYERS[i].0), Some("shared components"));
        assert_eq!(layer_of("lib.rs", LAYERS).map(|i| LAYERS[i].0), Some("app"));
        assert_eq!(layer_of("nowhere.rs", LAYERS), None);
    }

    #[test]
    fn reads_use_trees_aliases_super_and_child_modules() {
        let g = graph(&[
            ("lib.rs", "pub mod low; pub mod high; pub mod group; use group::inner; fn f() { high::go() }"),
            ("group/mod.rs", "pub mod inner; pub mod other; pub use inner::*;"),
            ("group/inner.rs", "use super::other::{self as o, deep::{A, B}};"),
            ("group/other.rs", "use crate::{low, high::{X, Y}}; fn f() { low::deeper::z() }"),
            ("low.rs", "#[cfg(test)] mod tests { use super::*; }"),
            ("high.rs", "use crate::group; fn f() { group::other::x(); }"),
        ]);
        assert_eq!(
            edges(&g),
            [
                ("group/inner.rs", "group/other.rs"),
                ("group/mod.rs", "group/inner.rs"),
                ("group/other.rs", "high.rs"),
                ("group/other.rs", "low.rs"),
                ("high.rs", "group/mod.rs"),
                ("high.rs", "group/other.rs"),
                ("lib.rs", "group/inner.rs"),
                ("lib.rs", "high.rs"),
            ]
        );
    }

    #[test]
    fn comments_strings_and_other_crates_are_not_imports() {
        let g = graph(&[
            LIB,
            (
                "low.rs",
                r###"
                // crate::high::X
                /* crate::high /* nested */ crate::high */
                /// [`X`](crate::high::X)
                const A: &str = "crate::high::X";
                const B: &str = r#"crate::high"#;
                const C: char = '"'; const D: char = '\'';
                fn f<'a>(x: &'a str) -> std::string::String { leptos::prelude::x(); x.to_string() }
                "###,
            ),
        ]);
        assert!(g.edges.is_empty(), "{:?}", edges(&g));
    }

    #[test]
    fn the_binaries_import_the_library_by_its_name() {
        let g = graph(&[LIB, ("low.rs", ""), ("high.rs", ""), ("bin/tool.rs", "fn main() { use portfolio::low::x; portfolio::high::go(); }"), ("main.rs", "fn main() { portfolio::start() }")]);
        assert_eq!(edges(&g), [("bin/tool.rs", "high.rs"), ("bin/tool.rs", "low.rs"), ("main.rs", "lib.rs")]);
    }
}
