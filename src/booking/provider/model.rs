//! The booking settings and how they are resolved from the build's
//! variables. Plain Rust with no other module of the crate, so that `build.rs`
//! compiles it too.

use serde::{Deserialize, Serialize};

/// The id of the `<script type="application/json">` block holding the settings.
pub const SETTINGS_ID: &str = "booking-settings";

/// Where a booking form's data goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Service {
    /// The owner's endpoint, to this site's own contract (JSON, `Idempotency-Key`, `Retry-After`).
    Endpoint,
    /// Formspree (`https://formspree.io/f/<id>`).
    Formspree,
    /// Basin (`https://usebasin.com/f/<id>`).
    Basin,
    /// Web3Forms (`https://api.web3forms.com/submit`, with an access key).
    Web3forms,
    /// Static Forms (`https://api.staticforms.xyz/submit`, with an access key).
    Staticforms,
    /// Netlify Forms: same-origin url-encoded posts with `form-name`.
    Netlify,
}

/// The booking form's sender: a service, its URL and its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sender {
    /// The service's contract.
    pub service: Service,
    /// The URL the form posts to (for Netlify, a same-origin path).
    pub url: String,
    /// The service's public form key, where it needs one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
}

/// Cal.com's API v2: the owner's open times and bookings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calcom {
    /// `https://api.cal.com`, without a trailing slash.
    pub api_url: String,
    /// The event type's numeric id, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type_id: Option<u64>,
    /// The owner's Cal.com username (with `event_slug`, instead of the id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The event type's slug (with `username`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_slug: Option<String>,
}

/// The booking settings of a build.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Cal.com, when the visitor picks one of the owner's open times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calcom: Option<Calcom>,
    /// Where the form with preferred windows goes: the provider itself, or,
    /// with Cal.com, the fallback when the open times cannot be read. `None`:
    /// nowhere online, so the visitor's email program takes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<Sender>,
}

/// The provider names `BOOKING_PROVIDER` takes.
pub const PROVIDERS: [&str; 7] = ["endpoint", "calcom", "formspree", "basin", "web3forms", "staticforms", "netlify"];

impl Service {
    /// The service named `name` (as in `BOOKING_PROVIDER`), if any.
    pub fn named(name: &str) -> Option<Service> {
        Some(match name {
            "endpoint" => Service::Endpoint,
            "formspree" => Service::Formspree,
            "basin" => Service::Basin,
            "web3forms" => Service::Web3forms,
            "staticforms" => Service::Staticforms,
            "netlify" => Service::Netlify,
            _ => return None,
        })
    }

    /// The URL the service gives every owner, where there is one.
    fn default_url(self) -> Option<&'static str> {
        match self {
            Service::Web3forms => Some("https://api.web3forms.com/submit"),
            Service::Staticforms => Some("https://api.staticforms.xyz/submit"),
            _ => None,
        }
    }

    /// Whether the service needs `BOOKING_ACCESS_KEY`.
    fn needs_key(self) -> bool {
        matches!(self, Service::Web3forms | Service::Staticforms)
    }

    /// How the README and messages name the URL the owner must give.
    fn url_hint(self) -> &'static str {
        match self {
            Service::Endpoint => "your booking endpoint's URL",
            Service::Formspree => "the form URL Formspree gives you (https://formspree.io/f/…)",
            Service::Basin => "the form URL Basin gives you (https://usebasin.com/f/…)",
            Service::Web3forms => "https://api.web3forms.com/submit",
            Service::Staticforms => "https://api.staticforms.xyz/submit",
            Service::Netlify => "nothing: Netlify Forms posts to the page's own site",
        }
    }
}

impl Sender {
    /// Whether the service takes a plain HTML form post (no JavaScript):
    /// every hosted service does; an owner's endpoint takes JSON only.
    pub fn takes_html_posts(&self) -> bool {
        self.service != Service::Endpoint
    }
}

impl Settings {
    /// Resolves the settings from variables (`var(name)`, empty counts as
    /// unset), falling back to the content's `provider` and `endpoint`.
    /// `release`: an `http:` URL other than loopback is refused.
    pub fn resolve(var: impl Fn(&str) -> Option<String>, content_provider: &str, content_endpoint: &str, release: bool) -> Result<Settings, String> {
        let var = |name: &str| var(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let (provider, provider_source) = match var("BOOKING_PROVIDER") {
            Some(p) => (p, "BOOKING_PROVIDER"),
            None if !content_provider.trim().is_empty() => (content_provider.trim().to_string(), "content/booking.json `provider`"),
            None => ("endpoint".to_string(), "BOOKING_PROVIDER"),
        };
        let (url, url_source) = match var("BOOKING_ENDPOINT") {
            Some(url) => (Some(url), "BOOKING_ENDPOINT"),
            None => (Some(content_endpoint.trim().to_string()).filter(|u| !u.is_empty()), "content/booking.json `endpoint`"),
        };
        let key = var("BOOKING_ACCESS_KEY");
        if provider == "calcom" {
            let api_url = var("CALCOM_API_URL").unwrap_or_else(|| "https://api.cal.com".to_string());
            check_url(&api_url, "CALCOM_API_URL", release)?;
            let event_type_id = match var("CALCOM_EVENT_TYPE_ID") {
                Some(id) => Some(id.parse::<u64>().map_err(|_| format!("CALCOM_EVENT_TYPE_ID={id} is not a number: use the event type's numeric id"))?),
                None => None,
            };
            let (username, event_slug) = (var("CALCOM_USERNAME"), var("CALCOM_EVENT_SLUG"));
            if event_type_id.is_none() && (username.is_none() || event_slug.is_none()) {
                return Err(format!(
                    "BOOKING_PROVIDER=calcom needs CALCOM_EVENT_TYPE_ID, or CALCOM_USERNAME and CALCOM_EVENT_SLUG ({} is missing)",
                    match (&username, &event_slug) {
                        (None, None) => "CALCOM_EVENT_TYPE_ID",
                        (None, _) => "CALCOM_USERNAME",
                        _ => "CALCOM_EVENT_SLUG",
                    }
                ));
            }
            // The preferred-windows form, for when the open times cannot be read.
            let fallback = match var("BOOKING_FALLBACK") {
                Some(name) => Some(Service::named(&name).ok_or_else(|| {
                    format!("BOOKING_FALLBACK={name} is not a form service; use one of endpoint, formspree, basin, web3forms, staticforms, netlify")
                })?),
                None => url.as_ref().map(|_| Service::Endpoint),
            };
            let sender = match fallback {
                Some(service) => Some(sender(service, url, url_source, key, release)?),
                None => None,
            };
            let calcom = Calcom { api_url: api_url.trim_end_matches('/').to_string(), event_type_id, username, event_slug };
            return Ok(Settings { calcom: Some(calcom), sender });
        }
        let service = Service::named(&provider)
            .ok_or_else(|| format!("{provider_source}={provider} is not a booking provider; use one of {}", PROVIDERS.join(", ")))?;
        // Today's contract with no endpoint: nothing online; the page says so.
        if service == Service::Endpoint && url.is_none() {
            return Ok(Settings::default());
        }
        Ok(Settings { calcom: None, sender: Some(sender(service, url, url_source, key, release)?) })
    }

    /// Whether bookings can go anywhere online.
    pub fn is_online(&self) -> bool {
        self.calcom.is_some() || self.sender.is_some()
    }

    /// The origins the browser connects to, for the CSP's `connect-src`.
    pub fn connect_origins(&self) -> Vec<String> {
        let mut origins: Vec<String> = self.calcom.iter().filter_map(|c| origin_of(&c.api_url)).collect();
        origins.extend(self.sender.iter().filter_map(|s| origin_of(&s.url)));
        origins.dedup();
        origins
    }

    /// The origins the form may post to natively (JavaScript off): a hosted
    /// service that takes plain HTML form posts. (Netlify's is the site's own.)
    pub fn form_action_origins(&self) -> Vec<String> {
        self.sender.iter().filter(|s| s.takes_html_posts()).filter_map(|s| origin_of(&s.url)).collect()
    }

    /// The settings as the page carries them: a JSON data block (not run as
    /// script), its `<` escaped so no value can end the element.
    pub fn data_block(&self) -> String {
        let json = serde_json::to_string(self).expect("settings serialize").replace('<', "\\u003c");
        format!(r#"<script type="application/json" id="{SETTINGS_ID}">{json}</script>"#)
    }
}

fn sender(service: Service, url: Option<String>, url_source: &str, key: Option<String>, release: bool) -> Result<Sender, String> {
    let name = PROVIDERS.iter().find(|p| Service::named(p) == Some(service)).copied().unwrap_or("endpoint");
    let url = match service {
        Service::Netlify => match url {
            Some(url) if !url.starts_with('/') => {
                return Err(format!("{url_source}={url}: Netlify Forms posts to the site itself; leave it unset or give a path such as /book/"));
            }
            Some(path) => path,
            None => String::new(),
        },
        _ => {
            let url = url.or_else(|| service.default_url().map(str::to_string)).ok_or_else(|| {
                format!("BOOKING_PROVIDER={name} needs BOOKING_ENDPOINT: {}", service.url_hint())
            })?;
            check_url(&url, url_source, release)?;
            url
        }
    };
    if service.needs_key() && key.is_none() {
        return Err(format!("BOOKING_PROVIDER={name} needs BOOKING_ACCESS_KEY: the access key the service gives you"));
    }
    Ok(Sender { service, url, access_key: key })
}

/// An `https:` URL, or `http:` on loopback (or anywhere, outside release builds).
fn check_url(url: &str, variable: &str, release: bool) -> Result<(), String> {
    let Some(origin) = origin_of(url) else {
        return Err(format!("{variable}={url} is not an http(s) URL"));
    };
    if url.contains(char::is_whitespace) {
        return Err(format!("{variable}={url} contains a space"));
    }
    if release && origin.starts_with("http://") && !is_loopback(&origin["http://".len()..]) {
        return Err(format!("{variable}={url}: a release build sends bookings only over https (http is allowed for loopback only)"));
    }
    Ok(())
}

fn is_loopback(host_port: &str) -> bool {
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host_port.rsplit_once(':').map_or(host_port, |(host, _)| host),
    };
    host == "localhost" || host == "::1" || host.starts_with("127.")
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !matches!(scheme, "http" | "https") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())?;
    Some(format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(vars: &[(&str, &str)]) -> Result<Settings, String> {
        let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::resolve(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()), "", "", true)
    }

    #[test]
    fn the_default_is_the_endpoint_contract_or_nothing() {
        assert_eq!(resolve(&[]), Ok(Settings::default()));
        let settings = resolve(&[("BOOKING_ENDPOINT", "https://book.example/api")]).unwrap();
        assert_eq!(settings.sender, Some(Sender { service: Service::Endpoint, url: "https://book.example/api".into(), access_key: None }));
        assert_eq!(settings.connect_origins(), vec!["https://book.example".to_string()]);
    }

    #[test]
    fn the_content_names_the_provider_when_the_environment_does_not() {
        let settings = Settings::resolve(|_| None, "formspree", "https://formspree.io/f/abc", true).unwrap();
        assert_eq!(settings.sender.unwrap().service, Service::Formspree);
        let settings = Settings::resolve(
            |name| (name == "BOOKING_PROVIDER").then(|| "basin".to_string()),
            "formspree",
            "https://usebasin.com/f/x",
            true,
        )
        .unwrap();
        assert_eq!(settings.sender.unwrap().service, Service::Basin);
    }

    #[test]
    fn misfits_fail_with_the_variable_named() {
        let error = |vars: &[(&str, &str)]| resolve(vars).unwrap_err();
        assert!(error(&[("BOOKING_PROVIDER", "typeform")]).contains("BOOKING_PROVIDER=typeform is not a booking provider"));
        assert!(error(&[("BOOKING_PROVIDER", "formspree")]).contains("needs BOOKING_ENDPOINT"));
        assert!(error(&[("BOOKING_PROVIDER", "web3forms")]).contains("needs BOOKING_ACCESS_KEY"));
        assert!(error(&[("BOOKING_PROVIDER", "staticforms")]).contains("needs BOOKING_ACCESS_KEY"));
        assert!(error(&[("BOOKING_PROVIDER", "calcom")]).contains("CALCOM_EVENT_TYPE_ID"));
        assert!(error(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_USERNAME", "kavya")]).contains("CALCOM_EVENT_SLUG is missing"));
        assert!(error(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_EVENT_TYPE_ID", "abc")]).contains("CALCOM_EVENT_TYPE_ID=abc"));
        assert!(error(&[("BOOKING_ENDPOINT", "http://book.example/api")]).contains("BOOKING_ENDPOINT=http://book.example/api"));
        assert!(error(&[("BOOKING_ENDPOINT", "ftp://book.example/")]).contains("not an http(s) URL"));
        assert!(
            error(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_EVENT_TYPE_ID", "7"), ("CALCOM_API_URL", "http://cal.example")])
                .contains("CALCOM_API_URL=")
        );
        assert!(error(&[("BOOKING_PROVIDER", "netlify"), ("BOOKING_ENDPOINT", "https://x.example/")]).contains("Netlify"));
        assert!(
            error(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_EVENT_TYPE_ID", "7"), ("BOOKING_FALLBACK", "zapier")])
                .contains("BOOKING_FALLBACK=zapier")
        );
    }

    #[test]
    fn loopback_http_is_allowed_and_outside_release_builds_any_http() {
        for url in ["http://127.0.0.1:4175/bookings", "http://localhost:9/x", "http://[::1]:8/x"] {
            assert!(resolve(&[("BOOKING_ENDPOINT", url)]).is_ok(), "{url}");
        }
        let var = |name: &str| (name == "BOOKING_ENDPOINT").then(|| "http://book.example/".to_string());
        assert!(Settings::resolve(var, "", "", false).is_ok());
    }

    #[test]
    fn hosted_services_take_their_url_and_key() {
        let settings = resolve(&[("BOOKING_PROVIDER", "web3forms"), ("BOOKING_ACCESS_KEY", "k-1")]).unwrap();
        assert_eq!(
            settings.sender,
            Some(Sender { service: Service::Web3forms, url: "https://api.web3forms.com/submit".into(), access_key: Some("k-1".into()) })
        );
        let netlify = resolve(&[("BOOKING_PROVIDER", "netlify")]).unwrap();
        assert_eq!(netlify.sender.as_ref().unwrap().service, Service::Netlify);
        assert!(netlify.connect_origins().is_empty(), "same-origin: 'self' covers it");
    }

    #[test]
    fn calcom_with_a_fallback_connects_to_both() {
        let settings = resolve(&[
            ("BOOKING_PROVIDER", "calcom"),
            ("CALCOM_USERNAME", "kavya"),
            ("CALCOM_EVENT_SLUG", "architecture-call"),
            ("BOOKING_FALLBACK", "formspree"),
            ("BOOKING_ENDPOINT", "https://formspree.io/f/abc"),
        ])
        .unwrap();
        let calcom = settings.calcom.as_ref().unwrap();
        assert_eq!((calcom.api_url.as_str(), calcom.event_type_id), ("https://api.cal.com", None));
        assert_eq!(settings.sender.as_ref().unwrap().service, Service::Formspree);
        assert_eq!(settings.connect_origins(), vec!["https://api.cal.com".to_string(), "https://formspree.io".to_string()]);
        // No fallback named, an endpoint given: the endpoint contract; neither: mail.
        let settings = resolve(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_EVENT_TYPE_ID", "7"), ("BOOKING_ENDPOINT", "https://b.example/")]).unwrap();
        assert_eq!(settings.sender.unwrap().service, Service::Endpoint);
        assert_eq!(resolve(&[("BOOKING_PROVIDER", "calcom"), ("CALCOM_EVENT_TYPE_ID", "7")]).unwrap().sender, None);
    }

    #[test]
    fn the_data_block_round_trips_and_cannot_end_its_element() {
        let settings = Settings {
            calcom: None,
            sender: Some(Sender { service: Service::Formspree, url: "https://formspree.io/f/</script>".into(), access_key: None }),
        };
        let block = settings.data_block();
        assert_eq!(block.matches("</script>").count(), 1, "{block}");
        let json = block.split_once('>').unwrap().1.trim_end_matches("</script>");
        assert_eq!(serde_json::from_str::<Settings>(json).unwrap(), settings);
    }
}
