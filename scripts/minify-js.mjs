// Minifies the wasm-bindgen glue scripts that Trunk staged (release builds
// only, before the release step hashes them for the import map). Trunk's own
// minifier would also rewrite the HTML and CSS the release step reads; esbuild
// touches only these. Measured: the booking bundle's script 6.9 → 5.3 KB brotli.
//
// Usage: node scripts/minify-js.mjs <staging dir>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/minify-js.mjs <staging dir>");
  process.exit(2);
}
const scripts = readdirSync(dir).filter((name) => /^portfolio.*\.js$/.test(name));
if (scripts.length === 0) {
  console.error(`minify-js: no portfolio*.js in ${dir}`);
  process.exit(1);
}
for (const name of scripts) {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  // ES modules keep their export names; wasm-bindgen's imports are object
  // properties, which esbuild never renames.
  const { code } = transformSync(source, { minify: true, format: "esm", target: "es2022", legalComments: "none" });
  writeFileSync(path, code);
  console.log(`minify-js: ${name} ${source.length} → ${code.length} bytes`);
}
