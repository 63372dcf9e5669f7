# il_warnings(target): the warning set for Interleave's own code. Never applied
# to third_party/ targets, whose code we do not modify.
function(il_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
    -Wimplicit-fallthrough)
  if(IL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
