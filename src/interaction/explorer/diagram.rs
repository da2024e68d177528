//! The architecture explorer's state: blocks in the order a request meets
//! them, the connections between them (both from the content), which block
//! is selected, and how the keyboard moves between blocks.

use std::fmt;

/// The diagram: block slugs in flow order and connections by block index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagram {
    slugs: Vec<String>,
    connections: Vec<(usize, usize)>,
}

/// A content mistake in the diagram's connections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagramError {
    /// A connection names a block that does not exist.
    UnknownBlock(String),
    /// A connection from a block to itself.
    SelfLoop(String),
    /// The same connection twice (same direction).
    Duplicate(String, String),
}

impl fmt::Display for DiagramError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DiagramError::UnknownBlock(slug) => write!(f, "connection names \"{slug}\", which is not a block's slug"),
            DiagramError::SelfLoop(slug) => write!(f, "connection from \"{slug}\" to itself"),
            DiagramError::Duplicate(a, b) => write!(f, "connection from \"{a}\" to \"{b}\" is listed twice"),
        }
    }
}

/// A keyboard move between blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

impl Move {
    /// The move a `KeyboardEvent.key` asks for: arrows step along the flow
    /// (right/down forward, left/up back), Home and End jump to the ends.
    pub fn for_key(key: &str) -> Option<Move> {
        match key {
            "ArrowRight" | "ArrowDown" => Some(Move::Next),
            "ArrowLeft" | "ArrowUp" => Some(Move::Previous),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

impl Diagram {
    /// Builds the diagram from block slugs (flow order) and connections by slug.
    pub fn new<'a>(
        slugs: impl IntoIterator<Item = &'a str>,
        connections: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Diagram, DiagramError> {
        let slugs: Vec<String> = slugs.into_iter().map(str::to_string).collect();
        let find = |slug: &str| slugs.iter().position(|s| s == slug).ok_or_else(|| DiagramError::UnknownBlock(slug.to_string()));
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (from, to) in connections {
            let (a, b) = (find(from)?, find(to)?);
            if a == b {
                return Err(DiagramError::SelfLoop(from.to_string()));
            }
            if pairs.contains(&(a, b)) {
                return Err(DiagramError::Duplicate(from.to_string(), to.to_string()));
            }
            pairs.push((a, b));
        }
        Ok(Diagram { slugs, connections: pairs })
    }

    /// Builds the diagram the way the explorer's markup carries it: each
    /// block's slug with the space-separated slugs it sends requests to, in
    /// block order (so connections keep their content order and numbers).
    pub fn from_flow_lists<'a>(blocks: &[(&'a str, &'a str)]) -> Result<Diagram, DiagramError> {
        let connections = blocks.iter().flat_map(|&(from, to)| to.split_whitespace().map(move |to| (from, to)));
        Diagram::new(blocks.iter().map(|&(slug, _)| slug), connections)
    }

    pub fn len(&self) -> usize {
        self.slugs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slugs.is_empty()
    }

    pub fn slug(&self, index: usize) -> Option<&str> {
        self.slugs.get(index).map(String::as_str)
    }

    /// The selected block for a `?block=` query value; unknown slugs select nothing.
    pub fn selection(&self, query: Option<&str>) -> Option<usize> {
        let slug = query?;
        self.slugs.iter().position(|s| s == slug)
    }

    /// The block focus goes to from `current`; arrows wrap around at the ends.
    pub fn moved(&self, current: usize, step: Move) -> usize {
        let n = self.slugs.len();
        if n == 0 {
            return 0;
        }
        let current = current.min(n - 1);
        match step {
            Move::Next => (current + 1) % n,
            Move::Previous => (current + n - 1) % n,
            Move::First => 0,
            Move::Last => n - 1,
        }
    }

    /// Connections by index, `(from, to)`, in content order.
    pub fn connections(&self) -> &[(usize, usize)] {
        &self.connections
    }

    /// Whether connection `index` touches the selected block.
    pub fn is_connection_highlighted(&self, index: usize, selected: Option<usize>) -> bool {
        match (self.connections.get(index), selected) {
            (Some(&(a, b)), Some(s)) => a == s || b == s,
            _ => false,
        }
    }

    /// Whether `block` is linked to the selected block (not the block itself).
    pub fn is_neighbour(&self, block: usize, selected: Option<usize>) -> bool {
        let Some(s) = selected else { return false };
        block != s && self.connections.iter().any(|&(a, b)| (a == s && b == block) || (b == s && a == block))
    }
}

/// The value of `key` in a URL's query (`/?block=cache&x=1`, `?block=cache`,
/// or a whole URL), if present and not empty. Slugs need no decoding.
pub fn query_value<'a>(url: &'a str, key: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    let query = query.split_once('#').map_or(query, |(query, _)| query);
    query.split('&').find_map(|pair| pair.strip_prefix(key)?.strip_prefix('=')).filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCKS: [&str; 4] = ["edge", "auth", "store", "jobs"];

    #[test]
    fn flow_lists_give_the_same_diagram_as_connections() {
        let lists = [("edge", "auth store"), ("auth", "store"), ("store", ""), ("jobs", "store")];
        let connections = [("edge", "auth"), ("edge", "store"), ("auth", "store"), ("jobs", "store")];
        assert_eq!(Diagram::from_flow_lists(&lists), Diagram::new(BLOCKS, connections));
        assert_eq!(Diagram::from_flow_lists(&[("edge", "nope")]), Err(DiagramError::UnknownBlock("nope".into())));
    }

    #[test]
    fn query_values_are_read_from_paths_searches_and_whole_urls() {
        assert_eq!(query_value("/?block=cache", "block"), Some("cache"));
        assert_eq!(query_value("?block=cache", "block"), Some("cache"));
        assert_eq!(query_value("https://x.dev/portfolio/?a=1&block=jobs#top", "block"), Some("jobs"));
        assert_eq!(query_value("/?blocks=jobs&block=edge", "block"), Some("edge"));
        assert_eq!(query_value("/?block=", "block"), None);
        assert_eq!(query_value("/#block=edge", "block"), None);
        assert_eq!(query_value("/", "block"), None);
        assert_eq!(query_value("/?other=edge", "block"), None);
    }

    fn diagram() -> Diagram {
        Diagram::new(BLOCKS, [("edge", "auth"), ("edge", "store"), ("store", "jobs")]).unwrap()
    }

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(Move::for_key("ArrowRight"), Some(Move::Next));
        assert_eq!(Move::for_key("ArrowDown"), Some(Move::Next));
        assert_eq!(Move::for_key("ArrowLeft"), Some(Move::Previous));
        assert_eq!(Move::for_key("ArrowUp"), Some(Move::Previous));
        assert_eq!(Move::for_key("Home"), Some(Move::First));
        assert_eq!(Move::for_key("End"), Some(Move::Last));
        assert_eq!(Move::for_key("Enter"), None, "Enter selects; it does not move");
        assert_eq!(Move::for_key("a"), None);
    }

    #[test]
    fn arrows_follow_the_flow_and_wrap_home_and_end_jump() {
        let d = diagram();
        assert_eq!(d.moved(0, Move::Next), 1);
        assert_eq!(d.moved(3, Move::Next), 0, "wraps from last to first");
        assert_eq!(d.moved(0, Move::Previous), 3, "wraps from first to last");
        assert_eq!(d.moved(2, Move::Previous), 1);
        assert_eq!(d.moved(2, Move::First), 0);
        assert_eq!(d.moved(1, Move::Last), 3);
        assert_eq!(d.moved(99, Move::Previous), 2, "an out-of-range focus is treated as the last block");
    }

    #[test]
    fn selection_comes_from_the_query_by_slug() {
        let d = diagram();
        assert_eq!(d.selection(Some("store")), Some(2));
        assert_eq!(d.selection(Some("nope")), None);
        assert_eq!(d.selection(Some("")), None);
        assert_eq!(d.selection(None), None);
        assert_eq!(d.slug(2), Some("store"));
    }

    #[test]
    fn highlights_the_connections_and_neighbours_of_the_selection() {
        let d = diagram();
        let lit = |sel| (0..d.connections().len()).filter(|&i| d.is_connection_highlighted(i, sel)).collect::<Vec<_>>();
        assert_eq!(lit(Some(0)), vec![0, 1]);
        assert_eq!(lit(Some(2)), vec![1, 2]);
        assert_eq!(lit(Some(3)), vec![2]);
        assert_eq!(lit(None), Vec::<usize>::new());
        let near = |sel| (0..d.len()).filter(|&b| d.is_neighbour(b, sel)).collect::<Vec<_>>();
        assert_eq!(near(Some(2)), vec![0, 3]);
        assert_eq!(near(Some(1)), vec![0]);
        assert_eq!(near(None), Vec::<usize>::new());
    }

    #[test]
    fn rejects_connections_that_do_not_fit_the_blocks() {
        assert_eq!(Diagram::new(BLOCKS, [("edge", "cache")]), Err(DiagramError::UnknownBlock("cache".into())));
        assert_eq!(Diagram::new(BLOCKS, [("auth", "auth")]), Err(DiagramError::SelfLoop("auth".into())));
        assert_eq!(
            Diagram::new(BLOCKS, [("edge", "auth"), ("edge", "auth")]),
            Err(DiagramError::Duplicate("edge".into(), "auth".into()))
        );
        let both_ways = Diagram::new(BLOCKS, [("jobs", "store"), ("store", "jobs")]).unwrap();
        assert_eq!(both_ways.connections(), &[(3, 2), (2, 3)], "a flow back is its own connection");
        let empty = Diagram::new([], []).unwrap();
        assert!(empty.is_empty());
        assert_eq!(empty.moved(0, Move::Next), 0);
    }
}
