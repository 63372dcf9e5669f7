#!/usr/bin/env bash
# third_party/update.sh — re-creates the vendored dependencies exactly as
# third_party/README.md describes, or (with --check) verifies that the files in
# the tree are byte-identical to what these steps produce.
#
#   third_party/update.sh [--check] [glad] [doctest] [imgui] [stb] [text_edit]   (default: all five)
#
# glad     needs Debian's python3-glad 2.0.2 (the `glad` command)
# doctest  needs Debian's doctest-dev 2.4.9~ds-1
# imgui    needs a git mirror of github.com/ocornut/imgui; pass its git dir in
#          IMGUI_GIT_DIR (e.g. IMGUI_GIT_DIR=~/src/imgui/.git)
# stb      needs a git mirror of github.com/nothings/stb; pass its git dir in
#          STB_GIT_DIR
# text_edit needs a git mirror of github.com/goossens/ImGuiColorTextEdit; pass
#          its git dir in TEXT_EDIT_GIT_DIR
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
check=0
parts=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    glad|doctest|imgui|stb|text_edit) parts+=("$arg") ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "update.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done
[ ${#parts[@]} -eq 0 ] && parts=(glad doctest imgui stb text_edit)

GLAD_VERSION="2.0.2"
DOCTEST_DEB_VERSION="2.4.9~ds-1"
IMGUI_TAG="v1.92.9b-docking"
IMGUI_COMMIT="b48d1afbe8ee8b238e2961dc363a949dd7304e23"
IMGUI_FILES=(
  LICENSE.txt imconfig.h imgui.cpp imgui.h imgui_demo.cpp imgui_draw.cpp imgui_internal.h
  imgui_tables.cpp imgui_widgets.cpp imstb_rectpack.h imstb_textedit.h imstb_truetype.h
  backends/imgui_impl_glfw.cpp backends/imgui_impl_glfw.h
  backends/imgui_impl_null.cpp backends/imgui_impl_null.h
  backends/imgui_impl_opengl3.cpp backends/imgui_impl_opengl3.h backends/imgui_impl_opengl3_loader.h
)

TEXT_EDIT_TAG="v1.92.9"
TEXT_EDIT_COMMIT="281be7cdc504ad789afa020dfae61844208addeb"
TEXT_EDIT_FILES=(LICENSE TextEditor.cpp TextEditor.h)

STB_COMMIT="31c1ad37456438565541f4919958214b6e762fb4"
STB_FILES=(stb_image_write.h stb_image.h LICENSE)

die() { echo "update.sh: $*" >&2; exit 1; }

deb_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Puts the freshly produced files ($1, a directory) in place of third_party/$2,
# or with --check compares them (only the files produced; LICENSE/README stay).
install_or_check() {
  local fresh="$1" dest="$here/$2"
  if [ "$check" -eq 1 ]; then
    local f bad=0
    while read -r f; do
      cmp -s "$fresh/$f" "$dest/$f" || { echo "$2/${f#./} differs from what the recorded steps produce" >&2; bad=1; }
    done < <(cd "$fresh" && find . -type f | sort)
    [ "$bad" -eq 0 ] || die "$2: the vendored files do not match"
    echo "$2: identical to the recorded steps"
  else
    (cd "$fresh" && tar cf - .) | (cd "$dest" && tar xf -)
    echo "$2: updated"
  fi
}

update_glad() {
  command -v glad >/dev/null || die "glad not found: apt-get install python3-glad"
  local v; v="$(deb_version python3-glad)"
  case "$v" in "$GLAD_VERSION"*) ;; *) die "python3-glad is '$v', the vendored loader was made with $GLAD_VERSION" ;; esac
  mkdir -p "$work/glad"
  glad --quiet --reproducible --api gl:core=3.3 --extensions "" --out-path "$work/glad" c
  install_or_check "$work/glad" glad
}

update_doctest() {
  local v; v="$(deb_version doctest-dev)"
  [ "$v" = "$DOCTEST_DEB_VERSION" ] || die "doctest-dev is '$v', the vendored copy is from $DOCTEST_DEB_VERSION"
  mkdir -p "$work/doctest"
  cp /usr/include/doctest/doctest.h "$work/doctest/"
  cp /usr/lib/cmake/doctest/doctest.cmake /usr/lib/cmake/doctest/doctestAddTests.cmake "$work/doctest/"
  cp /usr/share/doc/doctest-dev/copyright "$work/doctest/LICENSE.copyright"
  install_or_check "$work/doctest" doctest
}

update_imgui() {
  local gd="${IMGUI_GIT_DIR:-}"
  [ -n "$gd" ] || die "set IMGUI_GIT_DIR to the git dir of an ocornut/imgui clone or mirror"
  local commit; commit="$(git --git-dir="$gd" rev-parse "$IMGUI_TAG^{commit}")" || die "no tag $IMGUI_TAG in $gd"
  [ "$commit" = "$IMGUI_COMMIT" ] || die "$IMGUI_TAG is $commit in $gd, expected $IMGUI_COMMIT"
  mkdir -p "$work/imgui"
  git --git-dir="$gd" archive "$IMGUI_TAG" "${IMGUI_FILES[@]}" | tar -x -C "$work/imgui"
  install_or_check "$work/imgui" imgui
}

update_stb() {
  local gd="${STB_GIT_DIR:-}" f
  [ -n "$gd" ] || die "set STB_GIT_DIR to the git dir of a nothings/stb clone or mirror"
  git --git-dir="$gd" cat-file -e "$STB_COMMIT^{commit}" 2>/dev/null || die "commit $STB_COMMIT not in $gd"
  mkdir -p "$work/stb"
  for f in "${STB_FILES[@]}"; do git --git-dir="$gd" show "$STB_COMMIT:$f" > "$work/stb/$f"; done
  install_or_check "$work/stb" stb
}

update_text_edit() {
  local gd="${TEXT_EDIT_GIT_DIR:-}"
  [ -n "$gd" ] || die "set TEXT_EDIT_GIT_DIR to the git dir of a goossens/ImGuiColorTextEdit clone or mirror"
  local commit; commit="$(git --git-dir="$gd" rev-parse "$TEXT_EDIT_TAG^{commit}")" || die "no tag $TEXT_EDIT_TAG in $gd"
  [ "$commit" = "$TEXT_EDIT_COMMIT" ] || die "$TEXT_EDIT_TAG is $commit in $gd, expected $TEXT_EDIT_COMMIT"
  mkdir -p "$work/imgui_text_edit"
  git --git-dir="$gd" archive "$TEXT_EDIT_TAG" "${TEXT_EDIT_FILES[@]}" | tar -x -C "$work/imgui_text_edit"
  install_or_check "$work/imgui_text_edit" imgui_text_edit
}

for part in "${parts[@]}"; do "update_$part"; done
