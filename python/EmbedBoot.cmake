# cmake -DIN=<file.py> -DOUT=<file.cpp> -DFN=<function> -P EmbedBoot.cmake
# Writes one boot module's text into a function python/host.cpp calls.
file(READ "${IN}" text)
string(FIND "${text}" ")il_py\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )il_py\"")
endif()
get_filename_component(name "${IN}" NAME)
file(WRITE "${OUT}.tmp"
  "// Generated from python/boot/${name} by python/EmbedBoot.cmake. Do not edit.\n"
  "namespace il::python {\nconst char* ${FN}() {\n"
  "    return R\"il_py(${text})il_py\";\n}\n}  // namespace il::python\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
