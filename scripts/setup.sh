#!/usr/bin/env bash
# scripts/setup.sh — installs what building and testing Interleave needs on
# Debian or Ubuntu, and nothing when all of it is already there. Uses sudo only
# when not root and only when something is missing; never asks questions
# (DEBIAN_FRONTEND=noninteractive), so CI can run it as root.
set -euo pipefail

packages=(
  build-essential    # g++ (C++20) and make
  cmake              # 3.25 or newer (Debian 12, Ubuntu 24.04)
  libglfw3-dev       # the window (GLFW 3.3+)
  libgl-dev          # OpenGL headers and libGL
  libgl1-mesa-dri    # Mesa's software OpenGL (llvmpipe) for Xvfb and machines without a GPU driver
  xvfb xauth         # xvfb-run: a virtual display for the window tests
  xdotool            # the window smoke tests press keys in the real window
  imagemagick        # ... and grab the real window with import to check what it shows
  fonts-dejavu-core  # the window's fonts (else ImGui's built-in font, Latin-1 only)
  fonts-wqy-microhei # the window's Chinese glyphs (WenQuanYi Micro Hei, found through fontconfig; 5 MB)
  libfontconfig-dev  # ... finding a CJK font by language, not by path
  nlohmann-json3-dev # the translation files (lang/) and other JSON the program reads (header-only)
  libtomlplusplus-dev # challenge files a teacher writes (TOML: comments allowed, and every value keeps its line for errors)
  libbenchmark-dev   # bench/ (Google Benchmark)
  python3-dev        # python/: Debian's CPython 3.11 (libpython3.11), embedded in the run process
  pybind11-dev       # python/: the bindings of the _interleave extension module (header-only)
)

die() { echo "setup: $*" >&2; exit 1; }

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all build and test dependencies are installed"
else
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "missing ${missing[*]}; run as root: apt-get install ${missing[*]}"
    as_root=(sudo)
  fi
  echo "setup: installing ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# CMakeLists.txt needs 3.25; older distributions ship older CMake.
cmake_version="$(cmake --version | head -n1 | awk '{print $3}')"
if [ "$(printf '%s\n' 3.25 "$cmake_version" | sort -V | head -n1)" != 3.25 ]; then
  die "CMake $cmake_version is too old; Interleave needs 3.25 or newer (e.g. pip install cmake)"
fi
