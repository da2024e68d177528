//! Compiles `content/*.json` into the app as Rust code (see
//! `build/rust_literal.rs`): the wasm then holds the copy as plain data and
//! no JSON parser or deserializers, which keeps the first load small.
//!
//! The build fails on a file that does not parse into its type; `cargo test`
//! runs the full content checks (`src/content/check.rs`).

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/booking.rs"]
#[allow(dead_code)]
mod booking;
#[path = "src/booking/provider/model.rs"]
#[allow(dead_code)]
mod provider;
#[path = "build/rust_literal.rs"]
mod rust_literal;

use std::path::Path;

use serde::de::DeserializeOwned;

fn read(file: &str) -> String {
    let path = Path::new("content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("content/{file}: {err}"))
}

fn load<T: DeserializeOwned>(file: &str) -> T {
    let text = read(file);
    let deserializer = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(deserializer).unwrap_or_else(|err| {
        panic!("content/{file}: {}: {} (run `cargo test --test content` for every problem)", err.path(), err.inner())
    })
}

fn function<T: serde::Serialize>(name: &str, ty: &str, value: &T) -> String {
    let body = rust_literal::to_rust(value).unwrap_or_else(|err| panic!("writing {ty} as Rust: {err}"));
    format!("/// Built from the content file at compile time.\npub(super) fn {name}() -> {ty} {{ {body} }}\n")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/rust_literal.rs");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/content/booking.rs");
    // Where no page carries the booking settings (`trunk serve`), they are
    // read at compile time (`src/booking/provider.rs`).
    for variable in [
        "BOOKING_PROVIDER",
        "BOOKING_ENDPOINT",
        "BOOKING_ACCESS_KEY",
        "BOOKING_FALLBACK",
        "CALCOM_API_URL",
        "CALCOM_EVENT_TYPE_ID",
        "CALCOM_USERNAME",
        "CALCOM_EVENT_SLUG",
    ] {
        println!("cargo:rerun-if-env-changed={variable}");
    }
    // Checkouts that share one target directory share this script's run
    // record; building from another checkout must run it again.
    println!("cargo:rerun-if-env-changed=PWD");

    // The `$schema` line is for editors only; leave it out of the app.
    let mut site: model::Site = load("site.json");
    site.schema = None;
    let mut case_studies: model::CaseStudies = load("case-studies.json");
    case_studies.schema = None;
    let mut architecture: model::Architecture = load("architecture.json");
    architecture.schema = None;
    let mut questions: model::Questions = load("questions.json");
    questions.schema = None;
    let booking: booking::BookingCopy = load("booking.json");
    // The booking settings of this compile's environment, for where no page
    // carries them (`trunk serve`): a misfit fails the build, naming the variable.
    let settings = provider::Settings::resolve(|name| std::env::var(name).ok(), &booking.provider, &booking.endpoint, false)
        .unwrap_or_else(|problem| panic!("booking settings: {problem}"));
    let settings = serde_json::to_string(&settings).expect("settings serialize");
    println!("cargo:rustc-env=BOOKING_SETTINGS={settings}");
    // The booking form's mail fallback writes to the address in seo.json,
    // the one place it is kept (`src/booking/endpoint.rs`).
    let seo: serde_json::Value = load("seo.json");
    let contact = seo["contact_email"].as_str().unwrap_or_else(|| panic!("content/seo.json: contact_email is missing"));
    println!("cargo:rustc-env=CONTACT_EMAIL={contact}");

    // What the booking form needs of other files, so that its bundle carries
    // none of their other copy: the help topics (the building blocks' slugs
    // and titles) and the owner's name.
    let booking_topics: Vec<booking::TopicChoice> = architecture
        .blocks
        .iter()
        .map(|block| booking::TopicChoice { id: block.slug.clone(), label: block.title.clone() })
        .collect();
    let booking_owner = site.identity.name.clone();

    let code = [
        format!(
            "/// The files this code was generated from, compared with the bundled files at compile time.\npub(super) const SOURCES: [&str; 4] = [{:?}, {:?}, {:?}, {:?}];\n",
            read("site.json"),
            read("case-studies.json"),
            read("architecture.json"),
            read("questions.json")
        ),
        function("site", "Site", &site),
        function("case_studies", "CaseStudies", &case_studies),
        function("architecture", "Architecture", &architecture),
        function("questions", "Questions", &questions),
        function("booking", "BookingCopy", &booking),
        function("booking_topics", "Vec<TopicChoice>", &booking_topics),
        function("booking_owner", "String", &booking_owner),
    ]
    .concat();
    // Written inside this checkout (not OUT_DIR): checkouts that share a
    // target directory share OUT_DIR, and would include each other's content.
    let dir = Path::new(&std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("target/generated");
    std::fs::create_dir_all(&dir).unwrap_or_else(|err| panic!("creating {}: {err}", dir.display()));
    let out = dir.join("content_data.rs");
    // Rewriting an unchanged file would rebuild the crate for nothing.
    if std::fs::read_to_string(&out).ok().as_deref() == Some(code.as_str()) {
        return;
    }
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("writing {}: {err}", out.display()));
}
