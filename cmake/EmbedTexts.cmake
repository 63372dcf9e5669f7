# cmake -DROOT=<dir> -DFILES="<a|b/c|…>" -DOUT=<file.cpp> -DNAMESPACE=<ns> -DFUNCTION=<name> -DFROM=<what>
#       -P EmbedTexts.cmake
# Writes text files (FILES, relative to ROOT) into one C++ function,
#   std::vector<std::pair<const char*, const char*>> NAMESPACE::FUNCTION()
# returning (the name as given in FILES, the file's text). Used for the
# translations (lang/<code>/*.json, read by core/common/i18n.cpp) and the
# Python examples as shipped (examples/python/*.py, python/catalogue.cpp).
# The output is rewritten only when it changes, so an unchanged file does not
# recompile. FILES is `|`-separated: one argument on the command line.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
foreach(rel ${FILES})
  file(READ "${ROOT}/${rel}" text)
  string(FIND "${text}" ")il_text\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${rel} contains the raw-string delimiter )il_text\"")
  endif()
  string(APPEND body "        {\"${rel}\", R\"il_text(${text})il_text\"},\n")
endforeach()
file(WRITE "${OUT}.tmp"
  "// Generated from ${FROM} by cmake/EmbedTexts.cmake. Do not edit.\n"
  "#include <utility>\n#include <vector>\n"
  "namespace ${NAMESPACE} {\n"
  "std::vector<std::pair<const char*, const char*>> ${FUNCTION}() {\n"
  "    return {\n${body}    };\n}\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
