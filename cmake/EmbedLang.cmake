# cmake -DROOT=<source dir> -DOUT=<file.cpp> -DFILES="<lang/zh-CN/a.json|…>" -P EmbedLang.cmake
# Writes the translation files (lang/<code>/*.json, relative to ROOT) into
# il::i18n::embedded_files(), which core/common/i18n.cpp reads at start-up.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
foreach(rel ${FILES})
  file(READ "${ROOT}/${rel}" text)
  string(FIND "${text}" ")il_lang\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${rel} contains the raw-string delimiter )il_lang\"")
  endif()
  string(APPEND body "        {\"${rel}\", R\"il_lang(${text})il_lang\"},\n")
endforeach()
file(WRITE "${OUT}.tmp"
  "// Generated from lang/ by cmake/EmbedLang.cmake. Do not edit.\n"
  "#include <utility>\n#include <vector>\n"
  "namespace il::i18n {\n"
  "std::vector<std::pair<const char*, const char*>> embedded_files() {\n"
  "    return {\n${body}    };\n}\n}  // namespace il::i18n\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
