#!/usr/bin/env bash
# Developer commands for this repository. `make serve` and `make test` call this.
#
#   scripts/dev.sh setup   install whatever is missing (idempotent, fast when done)
#   scripts/dev.sh serve   trunk serve with live reload on http://127.0.0.1:8080
#   scripts/dev.sh test    every test: native, wasm in Chromium, end-to-end
#   scripts/dev.sh bench   release sizes and Lighthouse against a static-HTML reference
#   scripts/dev.sh check-endpoint URL   check a booking endpoint against the form's
#                          contract before deploying (flags: --origin, --email, --timeout)
#
# Everything comes from package registries only (crates.io, npm, Debian);
# Trunk runs with --offline and uses the tools installed here from PATH.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
TRUNK_VERSION=0.21.14

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION from crates.io (takes several minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi
  local want
  want=$(locked_wasm_bindgen)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ] ||
     [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $want" ]; then
    say "installing wasm-bindgen-cli $want (the version in Cargo.lock)"
    # Not --locked: one of its locked dependencies is missing from the registry.
    cargo install wasm-bindgen-cli --version "=$want" --force
  fi
  cargo fetch --quiet
}

ensure_npm() {
  # npm ci is skipped when node_modules was installed from this exact lockfile.
  if ! cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund
    cp package-lock.json node_modules/.installed-from-lock
  fi
  case "$(wasm-opt --version 2>/dev/null)" in
    *version_132*) ;;
    *) echo "wasm-opt from npm binaryen@132 is not on PATH" >&2; exit 1 ;;
  esac
}

ensure_chromium() {
  if ! have chromium || ! have chromedriver; then
    say "installing Chromium and ChromeDriver from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  local browser driver
  browser=$(chromium --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  driver=$(chromedriver --version 2>/dev/null | grep -oE '[0-9]+' | head -1)
  if [ "$browser" != "$driver" ]; then
    echo "chromium ($browser) and chromedriver ($driver) major versions differ" >&2
    exit 1
  fi
}

ensure_java() {
  # The Nu HTML Checker (npm vnu-jar) runs on the system's Java. Installed
  # before the npm packages, since vnu-jar's install step looks for a Java
  # and would otherwise try to download one.
  if ! have java; then
    say "installing Java (for the Nu HTML Checker) from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  fi
}

# The cross-engine smoke suite's browsers, from Debian: Firefox ESR (driven
# by npm puppeteer-core over WebDriver BiDi) and WebKitGTK's MiniBrowser
# (driven by WebKitWebDriver), which needs an X server: Xvfb.
ensure_other_engines() {
  if ! have firefox-esr || ! have WebKitWebDriver || ! have Xvfb; then
    say "installing Firefox ESR, WebKitWebDriver and Xvfb from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
  fi
}

# The endpoint checker and its tests need only Node.js with fetch (18 or later).
ensure_node() {
  local major
  major=$(node --version 2>/dev/null | grep -oE '[0-9]+' | head -1 || true)
  if [ -z "$major" ] || [ "$major" -lt 18 ]; then
    echo "Node.js 18 or later is needed (found: ${major:-none}); install Node.js first" >&2
    exit 1
  fi
}

setup() {
  ensure_rust
  ensure_java
  ensure_npm
}

cmd_serve() {
  setup
  say "serving on http://127.0.0.1:8080 (live reload; Ctrl-C stops)"
  exec trunk serve --offline "$@"
}

# provider_site NAME [VAR=value ...]: the release step again, on the files the
# last release build staged (PRERENDER_KEEP_INPUT=target/release-input), with
# other booking settings, into dist-NAME/. The wasm is the same; only the
# pages' settings, the no-JavaScript form and the CSP differ.
provider_site() {
  local name=$1
  shift
  rm -rf "dist-$name"
  cp -r target/release-input "dist-$name"
  env -u BOOKING_ENDPOINT -u BOOKING_PROVIDER "$@" cargo run --quiet --bin prerender -- "dist-$name" >/dev/null
}

# hosted_sites E2E_PORT: the same release once per hosted form service, each
# posting to its stand-in (tests/support/hosted-standins.mjs, E2E_PORT+3),
# into dist-formspree/ … dist-netlify/ (served on E2E_PORT+6 … +10).
hosted_sites() {
  local standins="http://127.0.0.1:$(($1 + 3))"
  say "the release for each hosted form service, against its stand-in on $standins"
  provider_site formspree BOOKING_PROVIDER=formspree BOOKING_ENDPOINT="$standins/formspree/f/test-form"
  provider_site basin BOOKING_PROVIDER=basin BOOKING_ENDPOINT="$standins/basin/f/test-form"
  provider_site web3forms BOOKING_PROVIDER=web3forms BOOKING_ENDPOINT="$standins/web3forms/submit" BOOKING_ACCESS_KEY=test-web3forms-key
  provider_site staticforms BOOKING_PROVIDER=staticforms BOOKING_ENDPOINT="$standins/staticforms/submit" BOOKING_ACCESS_KEY=test-staticforms-key
  provider_site netlify BOOKING_PROVIDER=netlify
}

cmd_test() {
  local started=$SECONDS
  setup
  ensure_chromium
  ensure_other_engines

  say "native tests (content checks, logic, prerendering)"
  cargo test --quiet

  say "tool tests (node --test: the endpoint checker against the mock endpoint and stand-ins that break the contract; the benchmark's TBT attribution)"
  ensure_node
  node --test tests/tools/check-endpoint.test.mjs tests/tools/tbt-attribution.test.mjs

  say "browser unit tests (wasm-bindgen-test in headless Chromium)"
  CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown

  # Both builds' booking form posts to the end-to-end tests' mock endpoint
  # (tests/support/booking-endpoint.mjs, which playwright.config.ts starts),
  # two ports above the site's unless BOOKING_MOCK_PORT says otherwise.
  local e2e_port=${E2E_PORT:-4173}
  local mock_port=${BOOKING_MOCK_PORT:-$((e2e_port + 2))}
  local endpoint="http://127.0.0.1:$mock_port/bookings"
  say "release build into dist/ (bookings go to the test endpoint $endpoint)"
  PRERENDER_KEEP_INPUT=target/release-input BOOKING_ENDPOINT=$endpoint trunk build --release --offline
  hosted_sites "$e2e_port"
  say "the same release for a sub-path (/portfolio/) into dist-subpath/"
  BOOKING_ENDPOINT=$endpoint trunk build --release --offline --public-url /portfolio/ --dist dist-subpath
  say "the same release for Cal.com (the stand-in, $((e2e_port + 4))) into dist-calcom/, windows fallback to the test endpoint"
  provider_site calcom BOOKING_PROVIDER=calcom CALCOM_EVENT_TYPE_ID=4242 CALCOM_API_URL="http://127.0.0.1:$((e2e_port + 4))" \
    BOOKING_ENDPOINT="$endpoint"

  say "end-to-end tests (Playwright, Debian Chromium, against dist/)"
  npx playwright test "$@"

  # Playwright has stopped its servers; the suite serves dist/ on the same ports.
  say "cross-engine smoke suite (Firefox, WebKit; Chromium prerendering)"
  E2E_PORT=$e2e_port BOOKING_MOCK_PORT=$mock_port node tests/cross-engine/smoke.mjs

  say "all tests passed in $((SECONDS - started)) s"
}

cmd_check_endpoint() {
  ensure_node
  exec node scripts/check-endpoint.mjs "$@"
}

cmd_bench() {
  setup
  ensure_chromium
  say "release build into dist/"
  trunk build --release --offline
  say "benchmark: sizes and Lighthouse (site vs plain static HTML)"
  CHROME_PATH=/usr/bin/chromium node bench/run.mjs "$@"
  say "benchmark: the booking page's start-up on a throttled phone"
  node bench/booking.mjs
  say "benchmark: main-thread tasks and layout shift while scrolling the home page"
  node bench/scroll.mjs
  say "benchmark: click to the next page's heading, with and without the pointer resting on the link"
  node bench/navigation.mjs
}

case "${1:-}" in
  setup) setup; ensure_chromium; ensure_other_engines ;;
  serve) shift; cmd_serve "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  check-endpoint) shift; cmd_check_endpoint "$@" ;;
  *) echo "usage: $0 {setup|serve|test|bench|check-endpoint URL}" >&2; exit 2 ;;
esac
