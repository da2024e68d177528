//! Native: the prerendered booking form's no-JavaScript post follows the
//! provider: straight to a hosted form service (url-encoded, its honeypot name,
//! its hidden fixed fields), else to the visitor's email program.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::booking::provider::{Sender, Service, Settings, set_current};
use portfolio::prerender::{empty_root, render_document};

fn book_page(sender: Option<Sender>) -> String {
    set_current(Settings { calcom: None, sender });
    let template = format!("<!doctype html><html><head><!--HEAD--></head><body>{}</body></html>", empty_root());
    render_document(&template, "/book", "/").unwrap()
}

/// The opening tag of the booking form.
fn form_tag(html: &str) -> &str {
    html.match_indices("<form")
        .map(|(start, _)| &html[start..start + html[start..].find('>').unwrap()])
        .find(|tag| tag.contains(r#"class="booking-form""#))
        .expect("the booking form")
}

#[test]
fn a_hosted_service_takes_the_native_post_with_its_fixed_fields_and_honeypot() {
    let sender = Sender { service: Service::Web3forms, url: "https://api.web3forms.com/submit".into(), access_key: Some("key-1".into()) };
    let html = book_page(Some(sender));
    let form = form_tag(&html);
    assert!(form.contains(r#"action="https://api.web3forms.com/submit""#), "{form}");
    assert!(form.contains(r#"enctype="application/x-www-form-urlencoded""#), "{form}");
    assert!(form.contains(r#"method="post""#), "{form}");
    assert!(html.contains(r#"<input type="hidden" name="access_key" value="key-1">"#));
    assert!(html.contains(r#"name="botcheck""#) && !html.contains(r#"name="website""#), "the service's honeypot name");
    assert!(html.contains(&portfolio::content::booking().no_script.send_direct));
}

#[test]
fn netlify_posts_to_the_page_itself_with_its_form_name() {
    let html = book_page(Some(Sender { service: Service::Netlify, url: String::new(), access_key: None }));
    assert!(form_tag(&html).contains(r#"action="/book/""#), "{}", form_tag(&html));
    assert!(html.contains(r#"<input type="hidden" name="form-name" value="booking">"#));
    assert!(html.contains(r#"name="bot-field""#));
}

#[test]
fn without_a_hosted_service_the_form_posts_to_the_email_program() {
    for sender in [None, Some(Sender { service: Service::Endpoint, url: "https://api.example.com/b".into(), access_key: None })] {
        let html = book_page(sender);
        let form = form_tag(&html);
        assert!(form.contains(r#"action="mailto:"#) && form.contains(r#"enctype="text/plain""#), "{form}");
        assert!(html.contains(r#"name="website""#));
    }
}
