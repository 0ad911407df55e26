#!/usr/bin/env bash
# Installs what building and testing the portal needs, only what is missing, one line per step.
# Sourced by scripts/dev and scripts/test; safe to run again (a second run changes nothing).
#   setup_build  — wasm target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen), crates
#   setup_test   — the above plus Chromium, CJK fonts, nginx (the hosting test) and the browser-test packages
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
WASM_BINDGEN_VERSION="0.2.130"   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml
BINARYEN_VERSION="132.0.0"       # wasm-opt version_132, pinned in Trunk.toml
TOOLS="$ROOT/.tools"

step() { printf '==> %s\n' "$*"; }
fail() { printf 'setup failed at step: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Put the project's wasm-opt first, ahead of Debian's binaryen 108 (which corrupts the wasm table).
export PATH="$TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

setup_build() {
  step "wasm32 target"
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown"

  step "trunk $TRUNK_VERSION"
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    cargo install trunk --version "$TRUNK_VERSION" --locked || fail "cargo install trunk $TRUNK_VERSION"
  fi

  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    # Without --locked: its lock file pins a crate the registry here lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" || fail "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  fi

  step "wasm-opt (npm binaryen@$BINARYEN_VERSION in .tools/)"
  if [ "$("$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null)" != "wasm-opt version ${BINARYEN_VERSION%%.*} (version_${BINARYEN_VERSION%%.*})" ]; then
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-audit --no-fund --no-save "binaryen@$BINARYEN_VERSION" >/dev/null \
      || fail "npm install binaryen@$BINARYEN_VERSION"
  fi
  [ "$(command -v wasm-opt)" = "$TOOLS/node_modules/.bin/wasm-opt" ] || fail "wasm-opt on PATH is $(command -v wasm-opt), not the project's"

  step "crates (cargo fetch, so the offline build finds them)"
  (cd "$ROOT" && cargo fetch --quiet) || fail "cargo fetch"
}

setup_test() {
  setup_build
  step "Chromium (Debian package) and CJK fonts"
  if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    as_root apt-get update -qq || fail "apt-get update"
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
      || fail "apt-get install chromium fonts-noto-cjk"
  fi

  step "nginx (Debian package), for the hosting recipe's test"
  if [ ! -x /usr/sbin/nginx ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends nginx >/dev/null \
      || fail "apt-get install nginx"
  fi

  step "rustfmt and clippy"
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt || fail "rustup component add clippy rustfmt"

  step "browser-test packages (npm ci in e2e/)"
  if ! (cd "$ROOT/e2e" && npm ls --silent >/dev/null 2>&1); then
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund >/dev/null) || fail "npm ci in e2e/"
  fi
}
