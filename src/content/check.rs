//! Content checks: catch a broken content file before it ships. Run natively by
//! `cargo test` (`tests/content.rs`) and by the prerender step of every release
//! build. Each problem names the file, the path inside it and what is wrong.

use std::collections::HashSet;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::*;
use crate::figure::Figure;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, e.g. `content/site.json`.
    pub file: String,
    /// Where inside it, e.g. `stats[2].figure` (`.` for the whole file).
    pub path: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.path, self.problem)
    }
}

/// The text of every content file, so tests can check broken variants.
#[derive(Debug, Clone)]
pub struct Sources {
    pub site: String,
    pub case_studies: String,
    pub architecture: String,
    pub questions: String,
}

impl Sources {
    /// The files bundled into the app.
    pub fn bundled() -> Sources {
        Sources {
            site: SITE_JSON.to_string(),
            case_studies: CASE_STUDIES_JSON.to_string(),
            architecture: ARCHITECTURE_JSON.to_string(),
            questions: QUESTIONS_JSON.to_string(),
        }
    }
}

const SITE_FILE: &str = "content/site.json";
const CASE_STUDIES_FILE: &str = "content/case-studies.json";
const ARCHITECTURE_FILE: &str = "content/architecture.json";
const QUESTIONS_FILE: &str = "content/questions.json";

/// Checks every file; an empty list means the content can ship.
pub fn check(sources: &Sources) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let site: Option<Site> = parse_file(SITE_FILE, &sources.site, &mut errors);
    let studies: Option<CaseStudies> = parse_file(CASE_STUDIES_FILE, &sources.case_studies, &mut errors);
    let architecture: Option<Architecture> = parse_file(ARCHITECTURE_FILE, &sources.architecture, &mut errors);
    let questions: Option<Questions> = parse_file(QUESTIONS_FILE, &sources.questions, &mut errors);
    // Cross-file checks need every file; the parse errors above say what to fix first.
    if let (Some(site), Some(studies), Some(architecture), Some(questions)) = (site, studies, architecture, questions) {
        Checker { errors: &mut errors }.run(&site, &studies, &architecture, &questions);
    }
    errors
}

/// Parses one file into its type, reporting syntax errors, type errors (with
/// their path) and blank strings.
fn parse_file<T: DeserializeOwned>(file: &str, text: &str, errors: &mut Vec<ContentError>) -> Option<T> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            errors.push(error(file, ".", format!("is not valid JSON: {err}")));
            return None;
        }
    };
    find_blank_strings(file, &value, &mut String::new(), errors);
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize(deserializer) {
        Ok(parsed) => Some(parsed),
        Err(err) => {
            errors.push(error(file, &err.path().to_string(), err.into_inner().to_string()));
            None
        }
    }
}

/// Every string, anywhere in the file, must have visible text.
fn find_blank_strings(file: &str, value: &Value, path: &mut String, errors: &mut Vec<ContentError>) {
    match value {
        Value::String(text) if text.trim().is_empty() => {
            let at = if path.is_empty() { "." } else { path.as_str() };
            errors.push(error(file, at, "is empty; write the text or remove the field".to_string()));
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{index}]"));
                find_blank_strings(file, item, path, errors);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                find_blank_strings(file, item, path, errors);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

fn error(file: &str, path: &str, problem: String) -> ContentError {
    ContentError { file: file.to_string(), path: path.to_string(), problem }
}

/// A lowercase, dash-separated name usable in a URL and as an element id.
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

struct Checker<'a> {
    errors: &'a mut Vec<ContentError>,
}

impl Checker<'_> {
    fn push(&mut self, file: &str, path: String, problem: String) {
        self.errors.push(error(file, &path, problem));
    }

    fn run(&mut self, site: &Site, studies: &CaseStudies, architecture: &Architecture, questions: &Questions) {
        self.figures(site, studies);
        self.gateway_lines(site);
        self.slugs(CASE_STUDIES_FILE, "case_studies", studies.case_studies.iter().map(|s| s.slug.as_str()));
        self.slugs(ARCHITECTURE_FILE, "blocks", architecture.blocks.iter().map(|b| b.slug.as_str()));
        self.slugs(QUESTIONS_FILE, "questions", questions.questions.iter().map(|q| q.slug.as_str()));
        self.non_empty(CASE_STUDIES_FILE, "case_studies", studies.case_studies.len());
        self.non_empty(ARCHITECTURE_FILE, "blocks", architecture.blocks.len());
        self.non_empty(QUESTIONS_FILE, "questions", questions.questions.len());
        self.blocks(architecture);
        let anchors = self.anchors(site, questions);
        let case_studies = studies.case_studies.iter().map(|study| study.slug.as_str());
        let routes = crate::paths::routes_for(case_studies, architecture.blocks.iter().map(|block| block.slug.as_str()));
        for (path, link) in site_links(site) {
            if let Err(problem) = resolve_link(&link.href, &routes, &anchors) {
                self.push(SITE_FILE, format!("{path}.href"), problem);
            }
        }
        if !site.home.headline.contains(&site.hero.headline_highlight) {
            self.push(
                SITE_FILE,
                "hero.headline_highlight".into(),
                format!("\"{}\" does not occur in home.headline", site.hero.headline_highlight),
            );
        }
    }

    fn figures(&mut self, site: &Site, studies: &CaseStudies) {
        let mut figures: Vec<(&str, String, &str)> = Vec::new();
        for (i, stat) in site.stats.iter().enumerate() {
            figures.push((SITE_FILE, format!("stats[{i}].figure"), &stat.figure));
        }
        for (i, stat) in site.process.stats.iter().enumerate() {
            figures.push((SITE_FILE, format!("process.stats[{i}].figure"), &stat.figure));
        }
        for (i, stat) in site.gateway.stats.iter().enumerate() {
            figures.push((SITE_FILE, format!("gateway.stats[{i}].figure"), &stat.figure));
        }
        for (i, line) in site.gateway.lines.iter().enumerate() {
            if let Some(figure) = &line.figure {
                figures.push((SITE_FILE, format!("gateway.lines[{i}].figure"), figure));
            }
        }
        for (i, study) in studies.case_studies.iter().enumerate() {
            for (j, stat) in study.metrics.iter().enumerate() {
                figures.push((CASE_STUDIES_FILE, format!("case_studies[{i}].metrics[{j}].figure"), &stat.figure));
            }
        }
        for (file, path, figure) in figures {
            if let Err(err) = Figure::parse(figure) {
                self.push(file, path, format!("\"{figure}\" {err}"));
            }
        }
    }

    fn gateway_lines(&mut self, site: &Site) {
        for (i, line) in site.gateway.lines.iter().enumerate() {
            let path = format!("gateway.lines[{i}]");
            match (&line.figure, &line.status) {
                (Some(_), Some(_)) => self.push(SITE_FILE, path, "has both a figure and a status; keep one".into()),
                (None, None) => self.push(SITE_FILE, path, "needs a figure (with its unit) or a status".into()),
                (None, Some(_)) if line.unit.is_some() => {
                    self.push(SITE_FILE, format!("{path}.unit"), "a unit belongs to a figure, and this line has a status".into())
                }
                _ => {}
            }
        }
    }

    fn slugs<'s>(&mut self, file: &str, list: &str, slugs: impl Iterator<Item = &'s str>) {
        let mut seen = HashSet::new();
        for (i, slug) in slugs.enumerate() {
            let path = format!("{list}[{i}].slug");
            if !is_slug(slug) {
                self.push(file, path, format!("\"{slug}\" must be lowercase letters, digits and single dashes"));
            } else if !seen.insert(slug) {
                self.push(file, path, format!("\"{slug}\" is used twice; slugs must be unique"));
            }
        }
    }

    fn non_empty(&mut self, file: &str, list: &str, len: usize) {
        if len == 0 {
            self.push(file, list.to_string(), "is empty; the site needs at least one".into());
        }
    }

    fn blocks(&mut self, architecture: &Architecture) {
        let slugs: HashSet<&str> = architecture.blocks.iter().map(|b| b.slug.as_str()).collect();
        let mut letters = HashSet::new();
        for (i, block) in architecture.blocks.iter().enumerate() {
            let letter_ok = block.letter.len() == 1 && block.letter.bytes().all(|b| b.is_ascii_uppercase());
            if !letter_ok {
                self.push(ARCHITECTURE_FILE, format!("blocks[{i}].letter"), format!("\"{}\" must be one capital letter", block.letter));
            } else if !letters.insert(block.letter.as_str()) {
                self.push(ARCHITECTURE_FILE, format!("blocks[{i}].letter"), format!("\"{}\" is used twice", block.letter));
            }
            for (j, flow) in block.flows_to.iter().enumerate() {
                let path = format!("blocks[{i}].flows_to[{j}].to");
                if flow.to == block.slug {
                    self.push(ARCHITECTURE_FILE, path, "a block cannot flow to itself".into());
                } else if !slugs.contains(flow.to.as_str()) {
                    self.push(ARCHITECTURE_FILE, path, format!("\"{}\" is not the slug of any block", flow.to));
                }
            }
        }
    }

    /// The ids on the home page that `/#<anchor>` links may target, checked
    /// to be valid and distinct.
    fn anchors(&mut self, site: &Site, questions: &Questions) -> HashSet<String> {
        let sections = [
            ("pattern.intro.anchor", &site.pattern.intro.anchor),
            ("process.intro.anchor", &site.process.intro.anchor),
            ("case_studies.intro.anchor", &site.case_studies.intro.anchor),
            ("architecture.intro.anchor", &site.architecture.intro.anchor),
            ("questions.intro.anchor", &site.questions.intro.anchor),
            ("closing_cta.anchor", &site.closing_cta.anchor),
        ];
        // Question slugs become ids too, so they must not clash with sections.
        let mut anchors: HashSet<String> = questions.questions.iter().map(|q| q.slug.clone()).collect();
        for (path, anchor) in sections {
            if !is_slug(anchor) {
                self.push(SITE_FILE, path.into(), format!("\"{anchor}\" must be lowercase letters, digits and single dashes"));
            } else if !anchors.insert(anchor.clone()) {
                self.push(SITE_FILE, path.into(), format!("\"{anchor}\" is already the id of another section or question"));
            }
        }
        anchors
    }
}

/// Every link in `site.json`, with its path.
fn site_links(site: &Site) -> Vec<(String, &Link)> {
    let mut links = vec![
        ("nav.cta".to_string(), &site.nav.cta),
        ("hero.primary_cta".to_string(), &site.hero.primary_cta),
        ("hero.secondary_cta".to_string(), &site.hero.secondary_cta),
        ("closing_cta.button".to_string(), &site.closing_cta.button),
        ("case_study_page.back_link".to_string(), &site.case_study_page.back_link),
        ("architecture_page.back_link".to_string(), &site.architecture_page.back_link),
    ];
    links.extend(site.nav.links.iter().enumerate().map(|(i, link)| (format!("nav.links[{i}]"), link)));
    links.extend(site.footer.links.iter().enumerate().map(|(i, link)| (format!("footer.links[{i}]"), link)));
    links
}

/// Accepts `href` if its path is a route and its `#fragment`, if any, an anchor
/// on the home page.
pub fn resolve_link(href: &str, routes: &[String], home_anchors: &HashSet<String>) -> Result<(), String> {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (href, None),
    };
    if !routes.iter().any(|route| route == path) {
        return Err(format!("\"{href}\" does not lead to a page of the site (routes: {})", routes.join(", ")));
    }
    match fragment {
        None => Ok(()),
        Some(anchor) if path == "/" && home_anchors.contains(anchor) => Ok(()),
        Some(anchor) if path == "/" => Err(format!("\"{href}\": the home page has no section with anchor \"{anchor}\"")),
        Some(_) => Err(format!("\"{href}\": only home page links (\"/#...\") may point at a section")),
    }
}
