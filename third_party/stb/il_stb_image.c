/* third_party/stb/il_stb_image.c — Interleave's own file (not from upstream):
 * the one translation unit that holds stb_image's implementation, built as
 * the il_stb_image library, which only the tests link (they read screenshots
 * back). Compiled as C, like upstream. Configuration (PNG only, no stdio) is
 * set as compile definitions of the target in third_party/CMakeLists.txt. */
#define STB_IMAGE_IMPLEMENTATION
#include "stb_image.h"
