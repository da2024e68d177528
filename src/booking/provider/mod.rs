//! Which service takes the bookings, chosen when the site is built.
//!
//! The release step (`main_prerender`) resolves the settings from its
//! environment (`BOOKING_PROVIDER`, `BOOKING_ENDPOINT`, `BOOKING_ACCESS_KEY`,
//! `BOOKING_FALLBACK`, `CALCOM_*`), failing the build with a message that names
//! the variable when they do not fit, and writes them into the pages that start
//! the form as a JSON data block ([`SETTINGS_ID`]). The browser reads that block
//! before hydrating, so one compiled bundle serves every provider. Where no page
//! carries it (`trunk serve`), `build.rs` has resolved the same variables at
//! compile time (and failed the same way).

mod model;

pub use model::*;

use super::json::Json;

thread_local! {
    static CURRENT: std::cell::RefCell<Option<Settings>> = const { std::cell::RefCell::new(None) };
}

/// Sets the settings the form renders and sends with: the release step's
/// (natively), or the page's data block (in the browser, before hydrating).
pub fn set_current(settings: Settings) {
    CURRENT.with(|current| *current.borrow_mut() = Some(settings));
}

/// The settings set by [`set_current`], else this compile's.
pub fn current() -> Settings {
    CURRENT.with(|current| current.borrow_mut().get_or_insert_with(compiled).clone())
}

/// The settings `build.rs` resolved from the compile's environment.
fn compiled() -> Settings {
    parse(env!("BOOKING_SETTINGS")).unwrap_or_default()
}

/// Reads settings as [`Settings::data_block`] writes them. (Through [`Json`],
/// the browser's own parser: the booking bundle then carries no serde
/// deserializer for them.)
pub fn parse(text: &str) -> Option<Settings> {
    let root = Json::parse(text)?;
    let text = |value: &Json, key: &str| value.get(key).and_then(Json::as_str).map(str::to_string);
    let calcom = match root.get("calcom") {
        Some(calcom @ Json::Object(_)) => Some(Calcom {
            api_url: text(calcom, "api_url")?,
            event_type_id: match calcom.get("event_type_id") {
                Some(Json::Number(id)) => Some(id.parse().ok()?),
                _ => None,
            },
            username: text(calcom, "username"),
            event_slug: text(calcom, "event_slug"),
        }),
        _ => None,
    };
    let sender = match root.get("sender") {
        Some(sender @ Json::Object(_)) => Some(Sender {
            service: Service::named(sender.get("service")?.as_str()?)?,
            url: text(sender, "url")?,
            access_key: text(sender, "access_key"),
        }),
        _ => None,
    };
    Some(Settings { calcom, sender })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_page_carries_reads_back_the_same() {
        let full = Settings {
            calcom: Some(Calcom {
                api_url: "https://api.cal.com".into(),
                event_type_id: Some(1234567),
                username: Some("kavya".into()),
                event_slug: Some("call".into()),
            }),
            sender: Some(Sender { service: Service::Web3forms, url: "https://api.web3forms.com/submit".into(), access_key: Some("k".into()) }),
        };
        for settings in [Settings::default(), full] {
            let block = settings.data_block();
            let json = block.split_once('>').unwrap().1.trim_end_matches("</script>");
            assert_eq!(parse(json), Some(settings));
        }
        assert_eq!(parse("not json"), None);
        assert_eq!(parse(r#"{"sender":{"service":"typeform","url":"x"}}"#), None, "an unknown service is no sender");
    }
}
