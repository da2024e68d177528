//! Native: the bundled content passes every check, and each kind of broken
//! content fails with a message naming the file, the path inside it and the problem.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::content::check::{check, ContentError, Sources};
use serde_json::{json, Value};

/// The bundled sources with one file changed through `edit`.
fn broken(file: &str, edit: impl FnOnce(&mut Value)) -> Sources {
    let mut sources = Sources::bundled();
    let text = match file {
        "site" => &mut sources.site,
        "case-studies" => &mut sources.case_studies,
        "architecture" => &mut sources.architecture,
        "questions" => &mut sources.questions,
        other => panic!("no content file {other}"),
    };
    let mut value: Value = serde_json::from_str(text).unwrap();
    edit(&mut value);
    *text = serde_json::to_string_pretty(&value).unwrap();
    sources
}

fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer} in the bundled content"))
}

/// Asserts that checking `sources` reports exactly one problem, in `file` at
/// `path`, whose text contains `problem`; returns it for further asserts.
fn expect_one(sources: &Sources, file: &str, path: &str, problem: &str) -> ContentError {
    let errors = check(sources);
    assert_eq!(errors.len(), 1, "expected one problem, got {errors:#?}");
    let error = errors.into_iter().next().unwrap();
    assert_eq!(error.file, file, "{error}");
    assert_eq!(error.path, path, "{error}");
    assert!(error.problem.contains(problem), "{error}");
    let message = error.to_string();
    assert!(message.contains(file) && message.contains(path) && message.contains(problem), "{message}");
    error
}

#[test]
fn bundled_content_passes_every_check() {
    let errors = check(&Sources::bundled());
    assert!(errors.is_empty(), "{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
}

#[test]
fn bundled_content_is_what_the_app_reads() {
    // Each accessor parses its file; a panic here would be a broken build.
    assert!(!portfolio::content::site().stats.is_empty());
    let study = &portfolio::content::case_studies()[0];
    assert_eq!(portfolio::content::case_study(&study.slug).unwrap().title, study.title);
    let block = &portfolio::content::architecture()[0];
    assert_eq!(portfolio::content::architecture_block(&block.slug).unwrap().title, block.title);
    assert!(portfolio::content::case_study("no-such-study").is_none());
    assert!(portfolio::content::architecture_block("no-such-block").is_none());
    assert!(!portfolio::content::questions().is_empty());
}

#[test]
fn invalid_json_names_the_file_and_line() {
    let mut sources = Sources::bundled();
    sources.questions = sources.questions.replacen('}', "},,", 1);
    let error = expect_one(&sources, "content/questions.json", ".", "is not valid JSON");
    assert!(error.problem.contains("line"), "{error}");
}

#[test]
fn unknown_field_names_its_path() {
    let sources = broken("site", |v| {
        at(v, "/hero").as_object_mut().unwrap().insert("lede".into(), json!("typo of lead"));
    });
    expect_one(&sources, "content/site.json", "hero.lede", "unknown field `lede`");
}

#[test]
fn missing_field_names_its_parent() {
    let sources = broken("case-studies", |v| {
        at(v, "/case_studies/1").as_object_mut().unwrap().remove("summary");
    });
    expect_one(&sources, "content/case-studies.json", "case_studies[1]", "missing field `summary`");
}

#[test]
fn wrong_type_names_its_path() {
    let sources = broken("site", |v| *at(v, "/stats/1/figure") = json!(42));
    expect_one(&sources, "content/site.json", "stats[1].figure", "expected a string");
}

#[test]
fn empty_text_names_its_path() {
    let sources = broken("site", |v| *at(v, "/pattern/failure_modes/2/impact") = json!("  "));
    expect_one(&sources, "content/site.json", "pattern.failure_modes[2].impact", "is empty");
}

#[test]
fn stat_figure_without_a_number_is_rejected() {
    let sources = broken("site", |v| *at(v, "/stats/0/figure") = json!("lots"));
    expect_one(&sources, "content/site.json", "stats[0].figure", "has no number");
}

#[test]
fn stat_figure_with_two_numbers_is_rejected() {
    let sources = broken("case-studies", |v| *at(v, "/case_studies/2/metrics/3/figure") = json!("94m to 31m"));
    expect_one(&sources, "content/case-studies.json", "case_studies[2].metrics[3].figure", "more than one number");
}

#[test]
fn process_and_gateway_figures_are_checked_too() {
    let sources = broken("site", |v| *at(v, "/process/stats/1/figure") = json!("1,200"));
    expect_one(&sources, "content/site.json", "process.stats[1].figure", "'.'");
    let sources = broken("site", |v| *at(v, "/gateway/lines/0/figure") = json!("fast"));
    expect_one(&sources, "content/site.json", "gateway.lines[0].figure", "has no number");
}

#[test]
fn gateway_line_needs_exactly_one_of_figure_or_status() {
    let sources = broken("site", |v| {
        at(v, "/gateway/lines/0").as_object_mut().unwrap().insert("status".into(), json!("healthy"));
    });
    expect_one(&sources, "content/site.json", "gateway.lines[0]", "both a figure and a status");
}

#[test]
fn duplicate_slug_is_rejected() {
    let sources = broken("case-studies", |v| {
        let first = at(v, "/case_studies/0/slug").clone();
        *at(v, "/case_studies/1/slug") = first;
    });
    expect_one(&sources, "content/case-studies.json", "case_studies[1].slug", "used twice");
}

#[test]
fn slug_that_is_not_url_safe_is_rejected() {
    let sources = broken("architecture", |v| *at(v, "/blocks/3/slug") = json!("Redis Cache"));
    // The block's own slug is wrong, and the flows that pointed at it no longer resolve.
    let errors = check(&sources);
    let error = errors.iter().find(|e| e.path == "blocks[3].slug").unwrap_or_else(|| panic!("{errors:#?}"));
    assert_eq!(error.file, "content/architecture.json");
    assert!(error.problem.contains("lowercase letters"), "{error}");
}

#[test]
fn flow_to_an_unknown_block_is_rejected() {
    let sources = broken("architecture", |v| *at(v, "/blocks/0/flows_to/1/to") = json!("no-such-block"));
    expect_one(&sources, "content/architecture.json", "blocks[0].flows_to[1].to", "not the slug of any block");
}

#[test]
fn duplicate_block_letter_is_rejected() {
    let sources = broken("architecture", |v| {
        let first = at(v, "/blocks/0/letter").clone();
        *at(v, "/blocks/4/letter") = first;
    });
    expect_one(&sources, "content/architecture.json", "blocks[4].letter", "used twice");
}

#[test]
fn link_to_a_page_that_does_not_exist_is_rejected() {
    let sources = broken("site", |v| *at(v, "/nav/cta/href") = json!("/booking"));
    expect_one(&sources, "content/site.json", "nav.cta.href", "does not lead to a page");
}

#[test]
fn link_to_a_missing_section_is_rejected() {
    let sources = broken("site", |v| *at(v, "/footer/links/0/href") = json!("/#casestudies"));
    expect_one(&sources, "content/site.json", "footer.links[0].href", "no section with anchor");
}

#[test]
fn renaming_a_case_study_breaks_links_to_it() {
    let sources = broken("site", |v| *at(v, "/hero/secondary_cta/href") = json!("/case-studies/no-such-study"));
    expect_one(&sources, "content/site.json", "hero.secondary_cta.href", "does not lead to a page");
}

#[test]
fn question_slug_clashing_with_a_section_anchor_is_rejected() {
    let mut sources = Sources::bundled();
    let site: Value = serde_json::from_str(&sources.site).unwrap();
    let anchor = site["process"]["intro"]["anchor"].clone();
    sources = {
        let mut value: Value = serde_json::from_str(&sources.questions).unwrap();
        value["questions"][0]["slug"] = anchor;
        Sources { questions: value.to_string(), ..sources }
    };
    expect_one(&sources, "content/site.json", "process.intro.anchor", "already the id");
}

#[test]
fn headline_highlight_must_occur_in_the_headline() {
    let sources = broken("site", |v| *at(v, "/hero/headline_highlight") = json!("speed"));
    expect_one(&sources, "content/site.json", "hero.headline_highlight", "does not occur");
}

#[test]
fn empty_list_of_questions_is_rejected() {
    let sources = broken("questions", |v| *at(v, "/questions") = json!([]));
    expect_one(&sources, "content/questions.json", "questions", "is empty");
}

#[test]
fn content_compiled_into_the_app_equals_the_json_files() {
    use portfolio::content::*;
    fn parsed<T: serde::de::DeserializeOwned>(text: &str) -> T {
        serde_json::from_str(text).unwrap()
    }
    let mut from_json: Site = parsed(SITE_JSON);
    from_json.schema = None;
    assert_eq!(format!("{:?}", site()), format!("{from_json:?}"));
    let studies: CaseStudies = parsed(CASE_STUDIES_JSON);
    assert_eq!(format!("{:?}", case_studies()), format!("{:?}", studies.case_studies));
    let blocks: Architecture = parsed(ARCHITECTURE_JSON);
    assert_eq!(format!("{:?}", architecture()), format!("{:?}", blocks.blocks));
    let list: Questions = parsed(QUESTIONS_JSON);
    assert_eq!(format!("{:?}", questions()), format!("{:?}", list.questions));
}
