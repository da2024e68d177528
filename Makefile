# Two commands do everything on a fresh machine; both install what is missing.
.PHONY: serve test setup bench check-endpoint
serve: ## serve the site with live reload on http://127.0.0.1:8080
	@scripts/dev.sh serve
test: ## run every test: native, wasm-bindgen-test in Chromium, Playwright end-to-end
	@scripts/dev.sh test
setup: ## only install the tools
	@scripts/dev.sh setup
bench: ## release benchmark: sizes and Lighthouse, site vs plain static HTML
	@scripts/dev.sh bench
check-endpoint: ## check a booking endpoint against the form's contract before deploying: make check-endpoint URL=https://… [ORIGIN=…] [EMAIL=…]
	@scripts/dev.sh check-endpoint $(if $(URL),--url '$(URL)') $(if $(ORIGIN),--origin '$(ORIGIN)') $(if $(EMAIL),--email '$(EMAIL)')
