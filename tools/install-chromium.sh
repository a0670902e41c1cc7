#!/usr/bin/env bash
# Installs Debian's Chromium for the browser test (test/browser/), which drives it with playwright-core
# instead of downloading a browser. Does nothing when /usr/bin/chromium is already there.
# Needs root (or sudo) and apt; the test skips, saying so, when Chromium is absent.
set -euo pipefail

# Also a small Chinese font (WenQuanYi Micro Hei, 5 MB): without one the explorer's screenshots
# (test/browser/artifacts/) show boxes for every Chinese character; the tests pass either way.

packages=()
if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
else
  packages+=(chromium)
fi
if command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "chinese font: already installed ($(fc-list :lang=zh family | head -n 1))"
else
  packages+=(fonts-wqy-microhei)
fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi

sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
echo "installing ${packages[*]} with apt-get …"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${packages[@]}"
/usr/bin/chromium --version
