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

/// Side of one block's cell in the wires' SVG viewBox (whole units only:
/// formatting floats would cost the wasm build about 7 KB brotli).
pub const CELL: i32 = 1000;
/// Room the parallel wires in one gap share, in viewBox units.
const LANES_SPAN: i32 = 90;

impl Diagram {
    /// The viewBox of the wires for blocks laid out `columns` to a row.
    pub fn wires_view_box(&self, columns: usize) -> String {
        let rows = self.len().div_ceil(columns.max(1)).max(1);
        format!("0 0 {} {}", columns as i32 * CELL, rows as i32 * CELL)
    }

    /// The SVG path of connection `index`, for blocks laid out `columns` to a
    /// row in flow order, from the centre of one block to the centre of the
    /// other (the blocks cover their own part of it). Neighbours are joined
    /// straight across their gap; other pairs run along the gap between rows,
    /// each in its own lane, so no wire passes behind a third block there.
    pub fn wire_path(&self, index: usize, columns: usize) -> Option<String> {
        let columns = columns.max(1);
        let rows = self.len().div_ceil(columns);
        let place = |block: usize| ((block % columns) as i32, (block / columns) as i32);
        let centre = |cell: i32| cell * CELL + CELL / 2;
        let routed = |&(a, b): &(usize, usize)| {
            let ((ca, ra), (cb, rb)) = (place(a), place(b));
            !((ra == rb && (ca - cb).abs() == 1) || (ca == cb && (ra - rb).abs() == 1))
        };
        let &(a, b) = self.connections.get(index)?;
        let ((ca, ra), (cb, rb)) = (place(a), place(b));
        if !routed(&(a, b)) {
            return Some(if ra == rb {
                format!("M{} {}H{}", centre(ca), centre(ra), centre(cb))
            } else {
                format!("M{} {}V{}", centre(ca), centre(ra), centre(rb))
            });
        }
        // The gap below the upper block's row, or above it on the last row.
        let upper = ra.min(rb);
        let gap_row = if ra != rb || (upper as usize) + 1 < rows { upper + 1 } else { upper };
        let gap_of = |&(a, b): &(usize, usize)| place(a).1.min(place(b).1);
        let sharing: Vec<usize> = (0..self.connections.len())
            .filter(|&i| routed(&self.connections[i]) && gap_of(&self.connections[i]) == upper)
            .collect();
        let lane = sharing.iter().position(|&i| i == index).unwrap_or(0) as i32;
        let lanes = sharing.len().max(1) as i32;
        let offset = (2 * lane - (lanes - 1)) * LANES_SPAN / (2 * lanes);
        Some(format!(
            "M{} {}V{}H{}V{}",
            centre(ca) + offset,
            centre(ra),
            gap_row * CELL + offset,
            centre(cb) + offset,
            centre(rb)
        ))
    }
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
    fn wires_join_neighbours_straight_and_route_others_along_the_gap() {
        // edge auth store / jobs, three to a row.
        let d = Diagram::new(BLOCKS, [("edge", "auth"), ("edge", "jobs"), ("edge", "store"), ("auth", "jobs"), ("jobs", "store")])
            .unwrap();
        assert_eq!(d.wires_view_box(3), "0 0 3000 2000");
        assert_eq!(d.wire_path(0, 3).unwrap(), "M500 500H1500", "side by side: straight across");
        assert_eq!(d.wire_path(1, 3).unwrap(), "M500 500V1500", "one above the other: straight down");
        // Routed along the gap between the rows (y = 1000), in separate lanes.
        let lanes: Vec<String> = [2, 3, 4].iter().map(|&i| d.wire_path(i, 3).unwrap()).collect();
        assert_eq!(lanes[0], "M470 500V970H2470V500", "a skip along one row dips into the gap below it");
        assert_eq!(lanes[1], "M1500 500V1000H500V1500", "diagonal: down into the gap, across, down");
        assert_eq!(lanes[2], "M530 1500V1030H2530V500");
        assert_eq!(d.wire_path(9, 3), None);
    }

    #[test]
    fn a_skip_along_the_last_row_uses_the_gap_above_it() {
        let d = Diagram::new(["a", "b", "c", "d", "e", "f"], [("d", "f")]).unwrap();
        assert_eq!(d.wire_path(0, 3).unwrap(), "M500 1500V1000H2500V1500");
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
