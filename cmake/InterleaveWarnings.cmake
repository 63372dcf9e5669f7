# il_warnings(target): the warning set for Interleave's own code. Never applied
# to third_party/ targets, whose code we do not modify.
function(il_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wimplicit-fallthrough)
  # GCC 12 raises -Wrestrict inside libstdc++'s std::string operator+ at -O2
  # (GCC bug 105329), a false positive -Werror would turn into a failed build.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(IL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
