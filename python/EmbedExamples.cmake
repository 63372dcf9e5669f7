# cmake -DDIR=<examples/python> -DOUT=<file.cpp> -P EmbedExamples.cmake
# Writes each examples/python/*.py as this build ships it into
# il::python::shipped_examples() (file name -> text), so the window can tell
# an example still as shipped, whose comments it may show translated, from
# one a learner has edited (python/catalogue.cpp, is_shipped_example()).
file(GLOB files RELATIVE "${DIR}" "${DIR}/*.py")
list(SORT files)
set(body "")
foreach(name ${files})
  file(READ "${DIR}/${name}" text)
  string(FIND "${text}" ")il_ex\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${DIR}/${name} contains the raw-string delimiter )il_ex\"")
  endif()
  string(APPEND body "        {\"${name}\", R\"il_ex(${text})il_ex\"},\n")
endforeach()
file(WRITE "${OUT}.tmp"
  "// Generated from examples/python by python/EmbedExamples.cmake. Do not edit.\n"
  "#include <utility>\n#include <vector>\n"
  "namespace il::python {\n"
  "std::vector<std::pair<const char*, const char*>> shipped_examples() {\n"
  "    return {\n${body}    };\n}\n}  // namespace il::python\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
