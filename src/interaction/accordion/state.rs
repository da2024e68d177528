//! The questions accordion's state: which panels are open. Several may be
//! open at once (WAI-ARIA APG accordion, "multiple" variant).

/// Open/closed per question, in content order, keyed by each question's slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accordion {
    slugs: Vec<String>,
    open: Vec<bool>,
}

impl Accordion {
    /// All closed.
    pub fn new<S: Into<String>>(slugs: impl IntoIterator<Item = S>) -> Accordion {
        let slugs: Vec<String> = slugs.into_iter().map(Into::into).collect();
        let open = vec![false; slugs.len()];
        Accordion { slugs, open }
    }

    /// All open: how the questions read before the app runs (prerendered,
    /// without wasm), so the app starts from the same state it hydrates.
    pub fn all_open<S: Into<String>>(slugs: impl IntoIterator<Item = S>) -> Accordion {
        let mut accordion = Accordion::new(slugs);
        accordion.open.fill(true);
        accordion
    }

    /// Closes every question except the one `fragment` points at, which is
    /// opened: the state once the app has started. Returns that question's index.
    pub fn collapse_except(&mut self, fragment: &str) -> Option<usize> {
        self.open.fill(false);
        self.open_anchor(fragment)
    }

    /// How many questions there are.
    pub fn len(&self) -> usize {
        self.slugs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slugs.is_empty()
    }

    /// The slug of question `index`.
    pub fn slug(&self, index: usize) -> Option<&str> {
        self.slugs.get(index).map(String::as_str)
    }

    /// The question with this slug.
    pub fn index_of(&self, slug: &str) -> Option<usize> {
        self.slugs.iter().position(|s| s == slug)
    }

    pub fn is_open(&self, index: usize) -> bool {
        self.open.get(index).copied().unwrap_or(false)
    }

    /// Opens a closed panel or closes an open one; the others stay as they are.
    pub fn toggle(&mut self, index: usize) {
        if let Some(open) = self.open.get_mut(index) {
            *open = !*open;
        }
    }

    /// The question a URL fragment (`#slug` or `slug`) points at, if any.
    pub fn index_of_anchor(&self, fragment: &str) -> Option<usize> {
        let slug = fragment.strip_prefix('#').unwrap_or(fragment);
        if slug.is_empty() {
            return None;
        }
        self.index_of(slug)
    }

    /// Opens the question a fragment points at (never closes it) and returns
    /// its index, so the caller can scroll to it.
    pub fn open_anchor(&mut self, fragment: &str) -> Option<usize> {
        let index = self.index_of_anchor(fragment)?;
        self.open[index] = true;
        Some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three() -> Accordion {
        Accordion::new(["traffic", "migrations", "webhooks"])
    }

    #[test]
    fn starts_closed_and_toggles_one_panel_at_a_time() {
        let mut a = three();
        assert!((0..3).all(|i| !a.is_open(i)));
        a.toggle(1);
        assert!(a.is_open(1) && !a.is_open(0) && !a.is_open(2));
        a.toggle(1);
        assert!(!a.is_open(1));
    }

    #[test]
    fn questions_are_found_by_slug_and_index() {
        let a = three();
        assert_eq!((a.len(), a.is_empty()), (3, false));
        assert_eq!(a.slug(1), Some("migrations"));
        assert_eq!(a.slug(3), None);
        assert_eq!(a.index_of("webhooks"), Some(2));
        assert_eq!(a.index_of("#webhooks"), None, "a slug, not a fragment");
        assert!(Accordion::new(Vec::<String>::new()).is_empty());
    }

    #[test]
    fn several_can_be_open_at_once() {
        let mut a = three();
        a.toggle(0);
        a.toggle(2);
        assert!(a.is_open(0) && a.is_open(2) && !a.is_open(1));
    }

    #[test]
    fn an_anchor_opens_its_question_and_keeps_it_open() {
        let mut a = three();
        assert_eq!(a.open_anchor("#webhooks"), Some(2));
        assert!(a.is_open(2));
        assert_eq!(a.open_anchor("webhooks"), Some(2), "a second visit does not close it");
        assert!(a.is_open(2));
    }

    #[test]
    fn unknown_or_empty_anchors_change_nothing() {
        let mut a = three();
        for fragment in ["", "#", "#nope", "#Traffic"] {
            assert_eq!(a.open_anchor(fragment), None, "{fragment:?}");
        }
        assert_eq!(a, three());
    }

    #[test]
    fn starts_all_open_then_collapses_to_the_anchored_question() {
        let mut a = Accordion::all_open(["traffic", "migrations", "webhooks"]);
        assert!((0..3).all(|i| a.is_open(i)));
        assert_eq!(a.collapse_except("#migrations"), Some(1));
        assert_eq!((a.is_open(0), a.is_open(1), a.is_open(2)), (false, true, false));
        let mut b = Accordion::all_open(["traffic", "migrations"]);
        assert_eq!(b.collapse_except(""), None);
        assert_eq!(b, Accordion::new(["traffic", "migrations"]), "no anchor: all closed");
    }

    #[test]
    fn out_of_range_indexes_are_ignored() {
        let mut a = three();
        a.toggle(9);
        assert!(!a.is_open(9));
        assert_eq!(a, three());
    }
}
