//! Where the explorer draws its blocks and the arrows between them on wide
//! screens, computed from the diagram alone (pure, natively tested).
//!
//! Blocks are laid out in rows by how far down the flow they are (the longest
//! chain of connections leading to them, leaving out those that close a
//! cycle), each row
//! centred and ordered to keep arrows short. Arrows run orthogonally in the
//! free space only: the channels between rows and the two side channels,
//! never under a block. Every arrow has its own ports on its blocks' edges and
//! its own lane in every channel it uses, so no two arrows share a stretch of
//! line; crossings are the only meetings.
//!
//! Coordinates are in layout units ([`Layout::width`] × [`Layout::height`]);
//! the stylesheet sizes the grid tracks in the same proportions (fr units), so
//! a fraction of the layout is the same fraction of the drawn diagram whatever
//! its size. The markup therefore places lines in percentages
//! ([`Layout::percent_x`]) and draws arrowheads in pixels, undistorted.

use super::diagram::Diagram;

/// Width of a side channel (left and right of the blocks).
pub const SIDE: i32 = 500;
/// Width of half a column: a block spans two halves.
pub const HALF: i32 = 1000;
/// Gap between two columns.
pub const GAP: i32 = 400;
/// Height of a row of blocks.
pub const ROW: i32 = 1000;
/// Height of a channel between two rows.
pub const CHANNEL: i32 = 450;
/// The most blocks a row may hold: the stylesheet (style/interactions.css)
/// has a grid for each count up to this.
pub const MAX_COLUMNS: usize = 3;
/// The most rows, likewise.
pub const MAX_ROWS: usize = 6;

/// A point in layout units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// Where a block sits: its row, its first and last half-column, and its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub row: usize,
    /// First half-column (0-based); the block spans `half` and `half + 1`.
    pub half: usize,
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

impl Cell {
    /// The CSS grid lines the block spans: (row line, first column line, last column line).
    pub fn grid_lines(&self) -> (usize, usize, usize) {
        let line_before = |half: usize| 2 + half + half / 2;
        (1 + 2 * self.row, line_before(self.half), line_before(self.half + 1) + 1)
    }
}

/// Which way an arrow enters its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// Into the target's top edge.
    Down,
    /// Into the target's bottom edge.
    Up,
}

/// One connection's arrow: its corner points from the source's edge to the
/// target's edge, and which way its head points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub points: Vec<Point>,
    pub heading: Heading,
}

/// The whole drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// Blocks per row at the most.
    pub columns: usize,
    pub rows: usize,
    /// One cell per block, in the diagram's order.
    pub cells: Vec<Cell>,
    /// One route per connection, in the diagram's order.
    pub routes: Vec<Route>,
}

impl Layout {
    /// Width in layout units: the side channels, the columns and the gaps between them.
    pub fn width(&self) -> i32 {
        width_for(self.columns)
    }

    /// Height in layout units: the rows and the channels between them.
    pub fn height(&self) -> i32 {
        self.rows as i32 * ROW + (self.rows as i32 - 1).max(0) * CHANNEL
    }

    /// `x` as a percentage of the width with two decimals, e.g. `"37.52%"`
    /// (integer arithmetic: no float formatting in the wasm).
    pub fn percent_x(&self, x: i32) -> String {
        percent(x, self.width())
    }

    /// `y` as a percentage of the height.
    pub fn percent_y(&self, y: i32) -> String {
        percent(y, self.height())
    }
}

fn width_for(columns: usize) -> i32 {
    2 * SIDE + 2 * columns as i32 * HALF + (columns as i32 - 1).max(0) * GAP
}

fn percent(value: i32, of: i32) -> String {
    let hundredths = (i64::from(value) * 10_000 / i64::from(of.max(1))) as i32;
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// A side of a block where arrows attach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Top,
    Bottom,
}

/// One end of a connection on a block's side.
#[derive(Debug, Clone, Copy)]
struct Port {
    block: usize,
    side: Side,
    connection: usize,
    /// Whether this is the connection's target end.
    target: bool,
    /// The other end's block, to order the ports on a side.
    other: usize,
}

/// The connections that close a cycle: found by a depth-first walk from each
/// block in the diagram's order, they are the ones that lead back to a block
/// still on the walk's path (of E -> F and F -> E, the second).
fn backward(diagram: &Diagram) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let connections = diagram.connections();
    let mut back = vec![false; connections.len()];
    let mut mark = vec![Mark::New; diagram.len()];
    for start in 0..diagram.len() {
        if mark[start] != Mark::New {
            continue;
        }
        // (block, the next of its connections to follow)
        let mut path = vec![(start, 0)];
        mark[start] = Mark::OnPath;
        while let Some(top) = path.last_mut() {
            let (block, next) = *top;
            match connections.iter().enumerate().skip(next).find(|(_, (from, _))| *from == block) {
                Some((c, &(_, to))) => {
                    top.1 = c + 1;
                    match mark[to] {
                        Mark::OnPath => back[c] = true,
                        Mark::New => {
                            mark[to] = Mark::OnPath;
                            path.push((to, 0));
                        }
                        Mark::Done => {}
                    }
                }
                None => {
                    mark[block] = Mark::Done;
                    path.pop();
                }
            }
        }
    }
    back
}

/// Rows by the longest chain of connections that leads to each block, not
/// counting those that close a cycle.
fn ranks(diagram: &Diagram) -> Vec<usize> {
    let back = backward(diagram);
    let mut rank = vec![0; diagram.len()];
    // Without the cycle-closing connections the diagram is acyclic, so as many
    // rounds as blocks settle every chain.
    for _ in 0..diagram.len() {
        for (c, &(from, to)) in diagram.connections().iter().enumerate() {
            if !back[c] {
                rank[to] = rank[to].max(rank[from] + 1);
            }
        }
    }
    rank
}

/// The blocks of each row, ordered so that each sits near the blocks it is
/// connected to in the rows around it (two sweeps of the barycentre method).
fn ordered_rows(diagram: &Diagram, rank: &[usize]) -> Vec<Vec<usize>> {
    let rows = rank.iter().max().map_or(0, |r| r + 1);
    let mut order: Vec<Vec<usize>> = (0..rows).map(|r| (0..diagram.len()).filter(|&b| rank[b] == r).collect()).collect();
    let neighbours = |block: usize| {
        diagram.connections().iter().filter_map(move |&(a, b)| match (a == block, b == block) {
            (true, _) => Some(b),
            (_, true) => Some(a),
            _ => None,
        })
    };
    // Position of each block within its row, scaled so rows of different
    // sizes compare (centred, as they are drawn).
    let position = |order: &[Vec<usize>], block: usize| -> i32 {
        let row = &order[rank[block]];
        let i = row.iter().position(|&b| b == block).unwrap_or(0) as i32;
        (2 * i + 1) * 1000 / (2 * row.len() as i32)
    };
    for sweep in [false, true, false] {
        let rows_in_turn: Vec<usize> = if sweep { (0..rows).rev().collect() } else { (0..rows).collect() };
        for r in rows_in_turn {
            let reference = |b: usize| if sweep { rank[b] > r } else { rank[b] < r };
            let mut keyed: Vec<(i32, usize)> = order[r]
                .iter()
                .map(|&block| {
                    let near: Vec<i32> = neighbours(block).filter(|&n| reference(n)).map(|n| position(&order, n)).collect();
                    let key = if near.is_empty() { position(&order, block) } else { near.iter().sum::<i32>() / near.len() as i32 };
                    (key, block)
                })
                .collect();
            keyed.sort();
            order[r] = keyed.into_iter().map(|(_, b)| b).collect();
        }
    }
    order
}

/// Lanes for intervals on one line (a channel): each interval gets the lowest
/// lane where it keeps `margin` from every other interval. Returns the lane of
/// each interval and the number of lanes.
fn lanes(intervals: &[(i32, i32)], margin: i32) -> (Vec<usize>, usize) {
    let mut by_start: Vec<usize> = (0..intervals.len()).collect();
    by_start.sort_by_key(|&i| (intervals[i].0, intervals[i].1));
    let mut lane_ends: Vec<i32> = Vec::new();
    let mut lane = vec![0; intervals.len()];
    for i in by_start {
        let (start, end) = intervals[i];
        match lane_ends.iter().position(|&last| last + margin < start) {
            Some(free) => {
                lane_ends[free] = end;
                lane[i] = free;
            }
            None => {
                lane[i] = lane_ends.len();
                lane_ends.push(end);
            }
        }
    }
    (lane, lane_ends.len())
}

/// Lays out the diagram: `None` when it does not fit the stylesheet's grids
/// (more than [`MAX_COLUMNS`] blocks in a row or [`MAX_ROWS`] rows).
pub fn layout(diagram: &Diagram) -> Option<Layout> {
    let rank = ranks(diagram);
    let rows = ordered_rows(diagram, &rank);
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns > MAX_COLUMNS || rows.len() > MAX_ROWS || diagram.is_empty() {
        return None;
    }
    // Where half-column `half` starts; a gap lies after every second half.
    let half_x = |half: usize| SIDE + half as i32 * HALF + (half / 2) as i32 * GAP;
    let mut cells = vec![Cell { row: 0, half: 0, left: 0, right: 0, top: 0, bottom: 0 }; diagram.len()];
    for (r, row) in rows.iter().enumerate() {
        for (i, &block) in row.iter().enumerate() {
            let half = columns - row.len() + 2 * i;
            let top = r as i32 * (ROW + CHANNEL);
            cells[block] = Cell { row: r, half, left: half_x(half), right: half_x(half + 1) + HALF, top, bottom: top + ROW };
        }
    }
    let centre = |b: usize| (cells[b].left + cells[b].right) / 2;
    let connections = diagram.connections();

    // Which side each end attaches to: downwards arrows leave from the bottom
    // and enter at the top; upwards ones the other way round; arrows within
    // a row leave and enter at the bottom (the top in the last row).
    let last_row = rows.len() - 1;
    let sides: Vec<(Side, Side)> = connections
        .iter()
        .map(|&(a, b)| match cells[a].row.cmp(&cells[b].row) {
            std::cmp::Ordering::Less => (Side::Bottom, Side::Top),
            std::cmp::Ordering::Greater => (Side::Top, Side::Bottom),
            std::cmp::Ordering::Equal if cells[a].row == last_row && last_row > 0 => (Side::Top, Side::Top),
            std::cmp::Ordering::Equal => (Side::Bottom, Side::Bottom),
        })
        .collect();
    let mut ports: Vec<Port> = Vec::new();
    for (c, &(a, b)) in connections.iter().enumerate() {
        ports.push(Port { block: a, side: sides[c].0, connection: c, target: false, other: b });
        ports.push(Port { block: b, side: sides[c].1, connection: c, target: true, other: a });
    }
    // Spread each side's ports evenly, ordered by where their other end is.
    let mut port_x = vec![(0, 0); connections.len()];
    for (block, cell) in cells.iter().enumerate() {
        for side in [Side::Top, Side::Bottom] {
            let mut here: Vec<&Port> = ports.iter().filter(|p| p.block == block && p.side == side).collect();
            here.sort_by_key(|p| (centre(p.other), p.connection));
            let (left, width, n) = (cell.left, cell.right - cell.left, here.len() as i32);
            for (i, port) in here.iter().enumerate() {
                let x = left + width * (i as i32 + 1) / (n + 1);
                if port.target {
                    port_x[port.connection].1 = x;
                } else {
                    port_x[port.connection].0 = x;
                }
            }
        }
    }
    // Two ports in the same channel never share an x: nudge the later one.
    let channel_of_port = |block: usize, side: Side| match side {
        Side::Bottom => Some(cells[block].row),
        Side::Top => cells[block].row.checked_sub(1),
    };
    const PORT_SPACING: i32 = 60;
    loop {
        let mut moved = false;
        let mut seen: Vec<(Option<usize>, i32)> = Vec::new();
        for (c, &(a, b)) in connections.iter().enumerate() {
            for end in 0..2 {
                let (block, side) = if end == 0 { (a, sides[c].0) } else { (b, sides[c].1) };
                let channel = channel_of_port(block, side);
                let x = if end == 0 { port_x[c].0 } else { port_x[c].1 };
                if seen.iter().any(|&(ch, other)| ch == channel && (other - x).abs() < PORT_SPACING) {
                    let nudged = (x + PORT_SPACING).min(cells[block].right - PORT_SPACING / 2);
                    let nudged = if nudged == x { x - PORT_SPACING } else { nudged };
                    if end == 0 { port_x[c].0 = nudged } else { port_x[c].1 = nudged }
                    moved = true;
                }
                seen.push((channel, if end == 0 { port_x[c].0 } else { port_x[c].1 }));
            }
        }
        if !moved {
            break;
        }
    }

    // Each arrow's plan: which channels it crosses horizontally, and whether
    // it runs along a side channel between them.
    let width = width_for(columns);
    let channel_top = |channel: usize| channel as i32 * (ROW + CHANNEL) + ROW;
    struct Plan {
        /// (channel, from x, to x) of each horizontal run, in order.
        runs: Vec<(usize, i32, i32)>,
        /// Left (true) or right side channel, for arrows that skip rows.
        side: Option<bool>,
    }
    let mut plans: Vec<Plan> = Vec::new();
    for (c, &(a, b)) in connections.iter().enumerate() {
        let (ra, rb) = (cells[a].row, cells[b].row);
        let (sx, tx) = port_x[c];
        let plan = if ra.abs_diff(rb) <= 1 {
            let channel = match (sides[c].0, ra.cmp(&rb)) {
                (_, std::cmp::Ordering::Less) => ra,
                (_, std::cmp::Ordering::Greater) => rb,
                (Side::Bottom, _) => ra,
                (Side::Top, _) => ra - 1,
            };
            Plan { runs: vec![(channel, sx, tx)], side: None }
        } else {
            let left = sx + tx < width;
            let edge = if left { 0 } else { width };
            let (first, second) = if ra < rb { (ra, rb - 1) } else { (ra - 1, rb) };
            Plan { runs: vec![(first, sx, edge), (second, edge, tx)], side: Some(left) }
        };
        plans.push(plan);
    }
    // Lanes in each channel (runs towards a side count up to the outer edge,
    // since their side lane is not known yet).
    const LANE_MARGIN: i32 = 80;
    let mut run_y: Vec<Vec<i32>> = plans.iter().map(|p| vec![0; p.runs.len()]).collect();
    for channel in 0..rows.len().saturating_sub(1) {
        let mut members: Vec<(usize, usize)> = Vec::new();
        let mut intervals: Vec<(i32, i32)> = Vec::new();
        for (c, plan) in plans.iter().enumerate() {
            for (k, &(ch, x1, x2)) in plan.runs.iter().enumerate() {
                if ch == channel {
                    members.push((c, k));
                    intervals.push((x1.min(x2), x1.max(x2)));
                }
            }
        }
        let (lane, count) = lanes(&intervals, LANE_MARGIN);
        for (i, &(c, k)) in members.iter().enumerate() {
            run_y[c][k] = channel_top(channel) + CHANNEL * (lane[i] as i32 + 1) / (count as i32 + 1);
        }
    }
    // Lanes in each side channel, by the stretch of height each arrow uses.
    let mut side_x = vec![0; connections.len()];
    for left in [true, false] {
        let members: Vec<usize> = (0..connections.len()).filter(|&c| plans[c].side == Some(left)).collect();
        let intervals: Vec<(i32, i32)> = members.iter().map(|&c| (run_y[c][0].min(run_y[c][1]), run_y[c][0].max(run_y[c][1]))).collect();
        let (lane, count) = lanes(&intervals, LANE_MARGIN);
        for (i, &c) in members.iter().enumerate() {
            let offset = SIDE * (lane[i] as i32 + 1) / (count as i32 + 1);
            side_x[c] = if left { offset } else { width - offset };
        }
    }

    let routes = connections
        .iter()
        .enumerate()
        .map(|(c, &(a, b))| {
            let (sx, tx) = port_x[c];
            let edge_y = |block: usize, side: Side| if side == Side::Top { cells[block].top } else { cells[block].bottom };
            let start = Point { x: sx, y: edge_y(a, sides[c].0) };
            let end = Point { x: tx, y: edge_y(b, sides[c].1) };
            let mut points = vec![start];
            match plans[c].side {
                None => {
                    let y = run_y[c][0];
                    points.push(Point { x: sx, y });
                    points.push(Point { x: tx, y });
                }
                Some(_) => {
                    let (y1, y2, x) = (run_y[c][0], run_y[c][1], side_x[c]);
                    points.extend([Point { x: sx, y: y1 }, Point { x, y: y1 }, Point { x, y: y2 }, Point { x: tx, y: y2 }]);
                }
            }
            points.push(end);
            points.dedup();
            // Drop corners that lie on a straight line.
            let mut simplified: Vec<Point> = Vec::with_capacity(points.len());
            for p in points {
                if simplified.len() >= 2 {
                    let (q, r) = (simplified[simplified.len() - 2], simplified[simplified.len() - 1]);
                    if (q.x == r.x && r.x == p.x) || (q.y == r.y && r.y == p.y) {
                        simplified.pop();
                    }
                }
                simplified.push(p);
            }
            let heading = if sides[c].1 == Side::Top { Heading::Down } else { Heading::Up };
            Route { points: simplified, heading }
        })
        .collect();
    Some(Layout { columns, rows: rows.len(), cells, routes })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A straight stretch of an arrow.
    #[derive(Debug, Clone, Copy)]
    struct Segment {
        a: Point,
        b: Point,
    }

    fn segments(route: &Route) -> Vec<Segment> {
        route.points.windows(2).map(|w| Segment { a: w[0], b: w[1] }).collect()
    }

    /// Whether two axis-aligned segments share a stretch of positive length.
    fn overlap(s: Segment, t: Segment) -> bool {
        let span = |a: i32, b: i32| (a.min(b), a.max(b));
        let shared = |(a1, a2): (i32, i32), (b1, b2): (i32, i32)| a1.max(b1) < a2.min(b2);
        if s.a.x == s.b.x && t.a.x == t.b.x && s.a.x == t.a.x {
            return shared(span(s.a.y, s.b.y), span(t.a.y, t.b.y));
        }
        if s.a.y == s.b.y && t.a.y == t.b.y && s.a.y == t.a.y {
            return shared(span(s.a.x, s.b.x), span(t.a.x, t.b.x));
        }
        false
    }

    /// Whether a segment has a point strictly inside a block.
    fn under(s: Segment, cell: &Cell) -> bool {
        let (x1, x2) = (s.a.x.min(s.b.x), s.a.x.max(s.b.x));
        let (y1, y2) = (s.a.y.min(s.b.y), s.a.y.max(s.b.y));
        if x1 == x2 {
            cell.left < x1 && x1 < cell.right && y1.max(cell.top) < y2.min(cell.bottom)
        } else {
            cell.top < y1 && y1 < cell.bottom && x1.max(cell.left) < x2.min(cell.right)
        }
    }

    fn on_border(p: Point, cell: &Cell) -> bool {
        (p.y == cell.top || p.y == cell.bottom) && p.x > cell.left && p.x < cell.right
    }

    /// Every property the drawing promises, for any diagram.
    fn check(diagram: &Diagram) -> Layout {
        let layout = layout(diagram).expect("fits the grids");
        assert_eq!(layout.cells.len(), diagram.len());
        assert_eq!(layout.routes.len(), diagram.connections().len());
        for (i, a) in layout.cells.iter().enumerate() {
            assert!(a.left >= SIDE && a.right <= layout.width() - SIDE, "block {i} inside the side channels");
            for b in &layout.cells[i + 1..] {
                let apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
                assert!(apart, "blocks never overlap: {a:?} {b:?}");
            }
        }
        for (c, (route, &(from, to))) in layout.routes.iter().zip(diagram.connections()).enumerate() {
            assert!(route.points.len() >= 2);
            assert!(on_border(route.points[0], &layout.cells[from]), "arrow {c} leaves its source's edge: {route:?}");
            let end = *route.points.last().unwrap();
            assert!(on_border(end, &layout.cells[to]), "arrow {c} ends on its target's edge");
            let heading = if end.y == layout.cells[to].top { Heading::Down } else { Heading::Up };
            assert_eq!(route.heading, heading, "arrow {c}'s head points into its target");
            for s in segments(route) {
                assert!(s.a.x == s.b.x || s.a.y == s.b.y, "arrow {c} runs straight or at right angles");
                for (b, cell) in layout.cells.iter().enumerate() {
                    assert!(!under(s, cell), "arrow {c} never runs under block {b}: {s:?} {cell:?}");
                }
            }
            for (d, other) in layout.routes.iter().enumerate().skip(c + 1) {
                for s in segments(route) {
                    for t in segments(other) {
                        assert!(!overlap(s, t), "arrows {c} and {d} share no stretch: {s:?} {t:?}");
                    }
                }
            }
        }
        layout
    }

    fn diagram(n: usize, connections: &[(usize, usize)]) -> Diagram {
        let slugs: Vec<String> = (0..n).map(|i| format!("b{i}")).collect();
        Diagram::new(
            slugs.iter().map(String::as_str),
            connections.iter().map(|&(a, b)| (slugs[a].as_str(), slugs[b].as_str())).collect::<Vec<_>>(),
        )
        .unwrap()
    }

    #[test]
    fn the_sites_blocks_are_drawn_in_rows_down_the_flow_with_clear_arrows() {
        let blocks = crate::content::architecture();
        let flows = blocks.iter().flat_map(|b| b.flows_to.iter().map(move |f| (b.slug.as_str(), f.to.as_str())));
        let d = Diagram::new(blocks.iter().map(|b| b.slug.as_str()), flows).unwrap();
        let layout = check(&d);
        // Every connection points down the page but the one that closes the
        // E <-> F cycle.
        let up: Vec<(usize, usize)> = layout
            .routes
            .iter()
            .zip(d.connections())
            .filter(|(route, _)| route.heading == Heading::Up)
            .map(|(_, &c)| c)
            .collect();
        let slug = |i: usize| d.slug(i).unwrap_or_default().to_string();
        assert_eq!(up.iter().map(|&(a, b)| (slug(a), slug(b))).collect::<Vec<_>>(), vec![("integrations-webhooks".to_string(), "queue-worker-fabric".to_string())]);
        assert_eq!((layout.columns, layout.rows), (2, 4), "rows A / B E / D F / C");
        assert!(layout.columns <= MAX_COLUMNS && layout.rows <= MAX_ROWS);
    }

    #[test]
    fn rows_follow_the_longest_chain_and_centre_short_rows() {
        // 0 -> 1 -> 3, 0 -> 2 -> 3, 0 -> 3: rows [0], [1, 2], [3].
        let layout = check(&diagram(4, &[(0, 1), (0, 2), (1, 3), (2, 3), (0, 3)]));
        let rows: Vec<usize> = layout.cells.iter().map(|c| c.row).collect();
        assert_eq!(rows, vec![0, 1, 1, 2]);
        assert_eq!(layout.columns, 2);
        let middle = layout.width() / 2;
        assert_eq!((layout.cells[0].left + layout.cells[0].right) / 2, middle, "a lone block is centred");
        assert_eq!(layout.cells[0].grid_lines(), (1, 3, 6));
        assert_eq!(layout.cells[1].grid_lines(), (3, 2, 4));
        assert_eq!(layout.cells[2].grid_lines(), (3, 5, 7));
        // The skip from the top to the bottom row runs down a side channel.
        let skip = &layout.routes[4];
        assert!(skip.points.iter().any(|p| p.x < SIDE || p.x > layout.width() - SIDE), "{skip:?}");
    }

    #[test]
    fn flows_back_and_both_ways_get_their_own_arrows() {
        // 0 -> 1 -> 2, 2 -> 1 back, 2 -> 0 back over two rows, 1 <-> 3 both ways.
        let d = diagram(4, &[(0, 1), (1, 2), (2, 1), (2, 0), (1, 3), (3, 1)]);
        assert_eq!(backward(&d), vec![false, false, true, true, false, true]);
        let layout = check(&d);
        assert_eq!(layout.routes[2].heading, Heading::Up);
        assert_eq!(layout.routes[3].heading, Heading::Up);
        // A later block flowing into an earlier one, without a cycle, points down.
        let layout = check(&diagram(3, &[(0, 2), (2, 1)]));
        assert_eq!(layout.cells.iter().map(|c| c.row).collect::<Vec<_>>(), vec![0, 2, 1]);
    }

    #[test]
    fn dense_diagrams_still_keep_every_arrow_apart() {
        let all: Vec<(usize, usize)> = (0..5).flat_map(|a| (a + 1..5).map(move |b| (a, b))).collect();
        check(&diagram(5, &all));
        check(&diagram(6, &[(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 5), (1, 5), (0, 5), (5, 2), (4, 0)]));
        check(&diagram(3, &[]));
    }

    #[test]
    fn too_wide_or_too_deep_does_not_fit_the_grids() {
        assert!(layout(&diagram(5, &[(0, 1), (0, 2), (0, 3), (0, 4)])).is_none(), "four in a row");
        let chain: Vec<(usize, usize)> = (0..7).map(|i| (i, i + 1)).collect();
        assert!(layout(&diagram(8, &chain)).is_none(), "eight rows");
    }

    #[test]
    fn percentages_have_two_decimals() {
        let layout = check(&diagram(2, &[(0, 1)]));
        assert_eq!(layout.percent_x(0), "0.00%");
        assert_eq!(layout.percent_x(layout.width()), "100.00%");
        assert_eq!(layout.percent_x(layout.width() / 4), "25.00%");
        assert_eq!(layout.percent_y(layout.height() / 2), "50.00%");
        assert_eq!(layout.percent_y(1), "0.04%");
    }
}
