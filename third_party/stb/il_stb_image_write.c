/* third_party/stb/il_stb_image_write.c — Interleave's own file (not from
 * upstream): the one translation unit that holds stb_image_write's
 * implementation, built as the il_stb_image_write library. Compiled as C,
 * the language stb is written and tested in; the header declares its API
 * extern "C" for C++ callers. The configuration (STBI_WRITE_NO_STDIO: no
 * fopen variants, so every file goes through core's write_file) is a PUBLIC
 * compile definition of the target, so callers see the same declarations. */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include "stb_image_write.h"
