//! The site's pictures, drawn as SVG from the content: the hero's architecture
//! map (the building blocks and how a request flows between them), the process
//! workflow.
//!
//! They are built as markup strings (pure functions, tested natively) and set
//! as inner HTML (see `crate::html`), which costs far less wasm than one
//! view node per SVG element. Colours come from CSS classes (`style/main.css`),
//! so the pictures follow the light and dark themes.

use std::fmt::Write;

use crate::content::{ArchitectureBlock, ProcessStep};
pub use crate::html::escape;

/// Splits `text` into lines of at most `width` characters at spaces (a longer
/// word gets a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Opens an `<svg>` that is one image to assistive technology, named by `alt`.
fn open_svg(out: &mut String, class: &str, width: u32, height: u32, alt: &str) {
    let alt = escape(alt);
    let _ = write!(
        out,
        r#"<svg class="picture {class}" viewBox="0 0 {width} {height}" role="img" aria-label="{alt}" xmlns="http://www.w3.org/2000/svg"><title>{alt}</title>"#
    );
}

/// Writes `lines` as one `<text>` element, centred on `x`, first baseline at `y`.
fn text_lines(out: &mut String, class: &str, x: i32, y: i32, line_height: i32, lines: &[String]) {
    let _ = write!(out, r#"<text class="{class}" x="{x}" y="{y}" text-anchor="middle">"#);
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0 } else { line_height };
        let _ = write!(out, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, escape(line));
    }
    out.push_str("</text>");
}

/// A node of the architecture map: its centre.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

const NODE_W: i32 = 156;
const NODE_H: i32 = 84;
const MAP_W: u32 = 420;

/// Centre of block `index` in the two-column grid of the map.
fn node_centre(index: usize) -> Point {
    let column = (index % 2) as i32;
    let row = (index / 2) as i32;
    Point { x: 110 + column * 200, y: 70 + row * 130 }
}

/// Whether the straight line from `a` to `b` crosses the box of a node other
/// than its two ends (then the flow is drawn as a wide arc around it).
fn passes_through_other_node(a: Point, b: Point, centres: &[Point]) -> bool {
    centres.iter().filter(|c| **c != a && **c != b).any(|c| {
        (1..20).any(|step| {
            let (x, y) = (a.x + (b.x - a.x) * step / 20, a.y + (b.y - a.y) * step / 20);
            (x - c.x).abs() < NODE_W / 2 + 4 && (y - c.y).abs() < NODE_H / 2 + 4
        })
    })
}

/// The path of a flow from `a` to `b`: a quadratic curve bent to the right of
/// the direction of travel, so flows in opposite directions do not overlap.
fn flow_path(a: Point, b: Point, wide: bool) -> String {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    // How far the control point sits off the straight line, in thousandths of its length.
    let bend = if wide { 700 } else { 220 };
    // Right-hand normal in screen coordinates (y grows downwards).
    let (cx, cy) = ((a.x + b.x) / 2 - dy * bend / 1000, (a.y + b.y) / 2 + dx * bend / 1000);
    format!("M{} {} Q{cx} {cy} {} {}", a.x, a.y, b.x, b.y)
}

/// The hero picture: every building block as a node, and every `flows_to`
/// connection as an animated dashed line in the direction a request travels.
pub fn architecture_map(blocks: &[ArchitectureBlock], alt: &str) -> String {
    let rows = blocks.len().div_ceil(2) as u32;
    let height = 140 + rows.saturating_sub(1) * 130;
    let centres: Vec<Point> = (0..blocks.len()).map(node_centre).collect();
    let mut out = String::with_capacity(4096);
    open_svg(&mut out, "picture--architecture", MAP_W, height, alt);
    out.push_str(r#"<g class="picture__flows" aria-hidden="true">"#);
    for (from, block) in blocks.iter().enumerate() {
        for flow in &block.flows_to {
            if let Some(to) = blocks.iter().position(|b| b.slug == flow.to) {
                let (a, b) = (centres[from], centres[to]);
                let wide = passes_through_other_node(a, b, &centres);
                let _ = write!(out, r#"<path class="picture__flow" d="{}"/>"#, flow_path(a, b, wide));
            }
        }
    }
    out.push_str("</g>");
    for (block, c) in blocks.iter().zip(&centres) {
        let (x, y) = (c.x - NODE_W / 2, c.y - NODE_H / 2);
        let _ = write!(
            out,
            r#"<g class="picture__node"><rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="10"/><circle class="picture__badge" cx="{}" cy="{}" r="11"/>"#,
            x + 18,
            y + 18
        );
        text_lines(&mut out, "picture__letter", x + 18, y + 22, 0, std::slice::from_ref(&block.letter));
        let lines = wrap(&block.title, 17);
        let top = c.y + 14 - (lines.len() as i32 - 1) * 8;
        text_lines(&mut out, "picture__label", c.x, top, 16, &lines);
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

/// The process picture: the steps as a vertical pipeline with a feedback loop
/// from the last step back to the first.
pub fn workflow(steps: &[ProcessStep], alt: &str) -> String {
    const STEP_H: i32 = 78;
    const GAP: i32 = 34;
    let height = 24 + steps.len() as i32 * (STEP_H + GAP) - GAP + 24;
    let mut out = String::with_capacity(2048);
    open_svg(&mut out, "picture--workflow", 360, height as u32, alt);
    let top = |i: usize| 24 + i as i32 * (STEP_H + GAP);
    for i in 1..steps.len() {
        let (y1, y2) = (top(i - 1) + STEP_H, top(i));
        let _ = write!(out, r#"<path class="picture__flow" d="M160 {y1} L160 {y2}"/>"#);
    }
    if steps.len() > 1 {
        let (first, last) = (top(0) + STEP_H / 2, top(steps.len() - 1) + STEP_H / 2);
        let _ = write!(
            out,
            r#"<path class="picture__flow picture__flow--loop" d="M290 {last} C345 {last} 345 {first} 290 {first}"/>"#
        );
    }
    for (i, step) in steps.iter().enumerate() {
        let y = top(i);
        let _ = write!(
            out,
            r#"<g class="picture__node"><rect x="30" y="{y}" width="260" height="{STEP_H}" rx="10"/></g>"#
        );
        let _ = write!(
            out,
            r#"<text class="picture__number" x="50" y="{}">{}</text>"#,
            y + STEP_H / 2 + 6,
            escape(&step.number)
        );
        let lines = wrap(&step.title, 22);
        let first = y + STEP_H / 2 + 5 - (lines.len() as i32 - 1) * 8;
        text_lines(&mut out, "picture__label", 185, first, 16, &lines);
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn wraps_at_spaces_within_width() {
        assert_eq!(wrap("Postgres / Mongo Data Tier", 17), vec!["Postgres / Mongo", "Data Tier"]);
        assert_eq!(wrap("Supercalifragilistic word", 5), vec!["Supercalifragilistic", "word"]);
        assert!(wrap("", 10).is_empty());
    }

    #[test]
    fn architecture_map_draws_every_block_and_flow() {
        let blocks = content::architecture();
        let svg = architecture_map(blocks, "alt & text");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"aria-label="alt &amp; text""#));
        assert_eq!(svg.matches("<rect").count(), blocks.len());
        let flows: usize = blocks.iter().map(|b| b.flows_to.len()).sum();
        assert_eq!(svg.matches(r#"class="picture__flow""#).count(), flows);
        for block in blocks {
            assert!(svg.contains(&format!(">{}</tspan>", escape(&block.letter))), "{}", block.letter);
            for line in wrap(&block.title, 17) {
                assert!(svg.contains(&escape(&line)), "{line}");
            }
        }
    }

    #[test]
    fn a_flow_that_would_cross_a_node_arcs_around_it() {
        let (a, c, e) = (node_centre(0), node_centre(2), node_centre(4));
        assert!(passes_through_other_node(a, e, &[a, c, e]));
        assert!(!passes_through_other_node(a, c, &[a, c, e]));
    }

    #[test]
    fn workflow_draws_each_step_and_the_loop() {
        let steps = &content::site().process.steps;
        let svg = workflow(steps, "alt");
        assert_eq!(svg.matches("<rect").count(), steps.len());
        assert_eq!(svg.matches("picture__flow--loop").count(), 1);
        for step in steps {
            assert!(svg.contains(&format!(">{}</text>", escape(&step.number))));
        }
    }
}
