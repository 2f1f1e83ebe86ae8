#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine: Debian's Chromium
# (Playwright drives it; it never downloads a browser of its own) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
