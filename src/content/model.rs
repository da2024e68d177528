//! One typed schema per kind of content. The `///` lines double as the
//! descriptions in the generated JSON Schema (`content/schema/`), so they are
//! written for the owner editing the JSON.

use serde::{Deserialize, Serialize};

// `Serialize` is for the build script, which writes the content as Rust code
// (build.rs); the app itself never serialises content.
// Every type also derives `JsonSchema` in native unit tests only (schemars is a
// dev-dependency), where `content::schema` writes `content/schema/*.json`.

/// `content/site.json`: the identity, the home page's sections and the copy of
/// the detail pages.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Path of the JSON Schema that editors use to validate this file.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub identity: Identity,
    pub home: HomeCopy,
    pub nav: Navigation,
    pub hero: Hero,
    /// The headline numbers under the hero.
    pub stats: Vec<Stat>,
    pub pattern: PatternSection,
    pub process: ProcessSection,
    pub case_studies: CaseStudiesSection,
    pub gateway: GatewayPanel,
    pub architecture: ArchitectureSection,
    pub questions: QuestionsSection,
    pub closing_cta: ClosingCta,
    pub footer: Footer,
    pub case_study_page: CaseStudyPageCopy,
    pub architecture_page: ArchitecturePageCopy,
    pub not_found: NotFoundCopy,
}

/// Who the site is for: shown in the header, footer and page titles.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub name: String,
    pub role: String,
}

/// The home page's title, meta description and headline (the page's `h1`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HomeCopy {
    pub title: String,
    pub description: String,
    pub headline: String,
}

/// A link: its visible label and where it goes. `href` is a route of the site
/// (`/`, `/book`, `/case-studies/<slug>`, `/architecture/<slug>`), optionally
/// followed by `#<anchor>` of a home page section, e.g. `/#process`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub href: String,
}

/// The header: skip link, section navigation and its call to action.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Navigation {
    /// Label of the "skip to content" link that keyboard users meet first.
    pub skip_link: String,
    /// Accessible name of the navigation landmark.
    pub label: String,
    pub links: Vec<Link>,
    /// The call to action at the end of the navigation.
    pub cta: Link,
    /// The colour theme choice in the header.
    pub theme: ThemeChoiceCopy,
}

/// The header's colour theme choice: a group of three options, each shown as
/// an icon with its label as the accessible name (and tooltip).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeChoiceCopy {
    /// Accessible name of the group, e.g. "Colour theme".
    pub label: String,
    /// The light theme, e.g. "Light".
    pub light: String,
    /// The dark theme, e.g. "Dark".
    pub dark: String,
    /// Following the device's setting, e.g. "System".
    pub system: String,
}

/// A figure with its label and optional note, e.g. "12.5%" / "Uptime" / "SLA-tracked".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Stat {
    /// Exactly one number, with optional text before and after it, e.g.
    /// "4.2B+", "<40ms", "12.5%", "<3 min", "2.8x", "0". No thousands
    /// separators: the number is animated from zero.
    pub figure: String,
    pub label: String,
    /// A small line under the label, e.g. "SLA-tracked".
    #[serde(default)]
    pub note: Option<String>,
    /// Gateway panel only: how far the figure wanders while the panel is
    /// live, as a percentage of it, e.g. "6%". Leave out to keep it fixed.
    /// A figure starting with "<" stays at or under its value, one ending
    /// with "+" at or over it.
    #[serde(default)]
    pub wander: Option<String>,
}

/// The hero: headline emphasis, lead paragraph, calls to action and picture.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hero {
    /// A small line above the headline.
    pub eyebrow: String,
    /// The word of `home.headline` that is set in the accent colour.
    pub headline_highlight: String,
    pub lead: String,
    pub primary_cta: Link,
    pub secondary_cta: Link,
    /// Text alternative of the hero's architecture picture.
    pub picture_alt: String,
    /// Accessible name of the list of headline numbers.
    pub stats_label: String,
}

/// The heading block that opens a home page section.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SectionIntro {
    /// The section's id on the home page, the target of `/#<anchor>` links.
    pub anchor: String,
    /// The code-comment line above the heading, e.g. "// process".
    pub eyebrow: String,
    pub heading: String,
    pub lead: String,
}

/// "The pattern": what breaks in production, with its impact.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PatternSection {
    pub intro: SectionIntro,
    /// The word before each impact, e.g. "Impact:".
    pub impact_label: String,
    pub failure_modes: Vec<FailureMode>,
}

/// One thing that usually breaks first, and what it costs.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FailureMode {
    pub problem: String,
    pub impact: String,
}

/// The process: numbered steps, the workflow picture and its numbers.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcessSection {
    pub intro: SectionIntro,
    pub steps: Vec<ProcessStep>,
    /// Text alternative of the workflow picture.
    pub picture_alt: String,
    pub stats: Vec<Stat>,
}

/// One step of the process, e.g. "01" / "API + Data Model First".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProcessStep {
    pub number: String,
    pub title: String,
    pub body: String,
    pub tags: Vec<String>,
}

/// The case studies section's own copy; the studies are in `case-studies.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStudiesSection {
    pub intro: SectionIntro,
    /// Label of each card's link to its full page.
    pub card_link: String,
    /// Accessible name of a card's metrics.
    pub metrics_label: String,
    /// Accessible name of a card's bullet list.
    pub highlights_label: String,
}

/// The live API gateway panel.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GatewayPanel {
    pub title: String,
    /// The status badge, e.g. "Live".
    pub status: String,
    pub stats: Vec<Stat>,
    pub lines: Vec<GatewayLine>,
    /// Shown under the panel: says that the moving values are illustrative.
    pub note: String,
}

/// One line of the gateway panel: `label`, `separator`, then either a
/// `figure` with its `unit` (which may fluctuate live) or a fixed `status`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GatewayLine {
    /// e.g. "POST /v1/orders".
    pub label: String,
    /// Text between label and value, spaces included, e.g. " — " or ": ".
    pub separator: String,
    /// A number that may fluctuate, e.g. "2.1k" (same rules as a stat figure).
    #[serde(default)]
    pub figure: Option<String>,
    /// Text after the figure, spaces included, e.g. " rps".
    #[serde(default)]
    pub unit: Option<String>,
    /// A fixed state instead of a figure, e.g. "healthy".
    #[serde(default)]
    pub status: Option<String>,
    /// How far the figure wanders while the panel is live, as a percentage
    /// of it, e.g. "8%". Leave out to keep it fixed. The first line that
    /// wanders also draws the panel's sparkline.
    #[serde(default)]
    pub wander: Option<String>,
}

/// The architecture section's own copy; the blocks are in `architecture.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArchitectureSection {
    pub intro: SectionIntro,
    /// Label of each block's link to its page.
    pub read_more: String,
    /// Accessible name of the interactive diagram of the blocks.
    pub explorer_label: String,
    /// How to use the diagram, shown above it.
    pub explorer_hint: String,
}

/// The questions section's own copy; the questions are in `questions.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct QuestionsSection {
    pub intro: SectionIntro,
}

/// The closing call to action, also shown at the end of detail pages.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClosingCta {
    pub anchor: String,
    pub heading: String,
    pub body: String,
    pub button: Link,
}

/// The footer.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Footer {
    pub tagline: String,
    /// Accessible name of the footer's navigation.
    pub links_label: String,
    pub links: Vec<Link>,
    pub colophon: String,
}

/// Headings and links of every `/case-studies/<slug>` page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStudyPageCopy {
    pub eyebrow: String,
    pub back_link: Link,
    pub problem_heading: String,
    pub approach_heading: String,
    pub results_heading: String,
    pub stack_heading: String,
}

/// Headings and links of every `/architecture/<slug>` page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArchitecturePageCopy {
    pub eyebrow: String,
    pub back_link: Link,
    pub what_heading: String,
    pub patterns_heading: String,
    pub tools_heading: String,
    pub failure_modes_heading: String,
    /// Heading of the list of blocks a request flows to next.
    pub flows_heading: String,
    /// Shown instead of that list for a block with no `flows_to`.
    pub no_flows: String,
}

/// The 404 page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NotFoundCopy {
    /// The code-comment line above the heading.
    pub eyebrow: String,
    pub title: String,
    pub description: String,
    pub heading: String,
    pub body: String,
    pub home_link: String,
}

/// `content/case-studies.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStudies {
    /// Path of the JSON Schema that editors use to validate this file.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub case_studies: Vec<CaseStudy>,
}

/// One case study: its card on the home page and its own page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStudy {
    /// Its address: `/case-studies/<slug>`. Lowercase letters, digits and dashes.
    pub slug: String,
    /// The context line, e.g. "B2B SaaS API".
    pub context: String,
    /// The technologies shown after the context line.
    pub stack: Vec<String>,
    pub title: String,
    /// The card's paragraph; also the page's meta description.
    pub summary: String,
    pub metrics: Vec<Stat>,
    /// The card's bullet points.
    pub highlights: Vec<String>,
    /// Full page: paragraphs on the problem.
    pub problem: Vec<String>,
    /// Full page: paragraphs on the approach.
    pub approach: Vec<String>,
    /// Full page: paragraphs on the results.
    pub results: Vec<String>,
    /// Full page: each technology and what it did here.
    pub stack_notes: Vec<Term>,
}

/// A name with a short explanation, e.g. a pattern, a tool or a failure mode.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: String,
    pub detail: String,
}

/// `content/architecture.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Architecture {
    /// Path of the JSON Schema that editors use to validate this file.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub blocks: Vec<ArchitectureBlock>,
}

/// One building block (A to F): its card on the home page and its own page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArchitectureBlock {
    /// One capital letter, e.g. "A".
    pub letter: String,
    /// Its address: `/architecture/<slug>`. Lowercase letters, digits and dashes.
    pub slug: String,
    pub title: String,
    /// The card's sentence; also the page's meta description.
    pub summary: String,
    /// The blocks a request goes to next from this one.
    pub flows_to: Vec<Flow>,
    /// Full page: paragraphs on what it is.
    pub what: Vec<String>,
    pub patterns: Vec<Term>,
    pub tools: Vec<Term>,
    /// The failure modes this block prevents.
    pub failure_modes: Vec<Term>,
}

/// A connection from one building block to another.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// The `slug` of the block the request goes to.
    pub to: String,
    /// What happens on the way, e.g. "authenticates the caller".
    pub label: String,
}

/// `content/questions.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Questions {
    /// Path of the JSON Schema that editors use to validate this file.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    pub questions: Vec<Question>,
}

/// One question, with why it matters.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Its anchor on the home page. Lowercase letters, digits and dashes.
    pub slug: String,
    pub question: String,
    pub answer: String,
}
