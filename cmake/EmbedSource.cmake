# cmake -DIN=<demo.cpp> -DOUT=<generated.cpp> -P EmbedSource.cmake
# Writes a translation unit that registers the text of IN with the demo
# registry under its file name, so the source view shows the demo's own code.
file(READ "${IN}" text)
get_filename_component(name "${IN}" NAME)
string(FIND "${text}" ")il_src\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )il_src\"")
endif()
file(WRITE "${OUT}.tmp"
  "// Generated from demos/${name} by cmake/EmbedSource.cmake. Do not edit.\n"
  "#include \"core/runtime/registry.hpp\"\n"
  "static const bool il_source_registered = ::il::core::Registry::add_source(\"${name}\", R\"il_src(${text})il_src\");\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
