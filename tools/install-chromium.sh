#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (test/browser/), which drives it with playwright-core
# instead of downloading a browser. Does nothing when /usr/bin/chromium is already there.
# Needs root (or sudo) and apt; the test skips, saying so, when Chromium is absent.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
echo "chromium: installing with apt-get …"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium
/usr/bin/chromium --version
