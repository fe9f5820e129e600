#!/usr/bin/env bash
# Installs the system libraries nnbook links against (Debian/Ubuntu):
# libcmark for Markdown, OpenBLAS for matrix products, zlib for the bundled
# digits, pkg-config to find them, and KaTeX (libjs-katex) so pages typeset math offline.
set -euo pipefail
packages=(libcmark-dev libopenblas-dev zlib1g-dev pkg-config libjs-katex)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
