# Helpers that turn the book's folder conventions into targets and tests.
#
# A chapter <name> has its listings in code/examples/<name>/:
#   <stem>.cpp          a listing: executable <name>_<stem>, run by CTest, and
#                       run with --out results/<name> to produce the data the
#                       chapter quotes and plots (target `results`).
#   libtorch_<stem>.cpp compiled against libtorch when it is available.
#   <stem>.py           a Python listing (PyTorch), run by Debian's python3.
#   tensorflow_*.py     shown in the book but not run (TensorFlow is not in
#                       Debian); only checked to be valid Python. Never
#                       tensorflow.py: it would import itself, not TensorFlow.
#   frameworks.json     the chapter's framework tabs: see act_framework_tabs.
# Every C++ listing is also checked for --help (exit 0) and for a bad option
# (exit 2 with a message).
#
# Every C++ listing is also checked for an empty or unwritable --out (exit 2
# with a message, before any work); the Python listings too.
#
# CTest runs the listings with --out test-results/<chapter>, never into
# results/: the site is built from results/, and a test run must not change
# what it shows. The cross-checks read test-results/.
#
# act_chapter(<name> [LINK libs...] [SKIP stems...]). SKIP: listings the
# chapter registers itself with _act_result (accuracy's bench_table, which
# reads the speed study's JSON). No listing times the library: every
# timing the book quotes comes from the speed study (accuracy/bench).

set(ACT_EXPECT_EXIT ${PROJECT_SOURCE_DIR}/tools/expect_exit.sh)
set(ACT_TEST_RESULTS_DIR ${CMAKE_BINARY_DIR}/test-results)
# The planted pages that show figures (tests/site/planted-alt-text,
# planted-bright-figure, tests/print/planted), copied here with their figures
# drawn by CTest's fixture planted:figures (tests/planted_figures.py).
set(ACT_PLANTED_FIGURES_DIR ${CMAKE_BINARY_DIR}/planted-figures)

# Run `command...` once at build time into results/<chapter> (for the site),
# and register it with CTest as listing:<chapter>/<stem>, writing into
# test-results/<chapter> (for the cross-checks). Also the checks every
# listing gets: a bad option, --out '' and an --out where nothing can be
# written all exit 2 with a message (the last within seconds: before work).
function(_act_result chapter stem)
  cmake_parse_arguments(R "" "" "COMMAND;DEPENDS" ${ARGN})
  set(out_dir ${ACT_RESULTS_DIR}/${chapter})
  set(stamp ${out_dir}/${stem}.stamp)
  # A tree that builds no site (the sanitizer and clang presets) takes the
  # smaller test run for its results too: nothing shows them.
  set(run_args "")
  if(NOT ACT_BUILD_DOCS)
    set(run_args ${ACT_TEST_ARGS_${chapter}_${stem}})
  endif()
  add_custom_command(
    OUTPUT ${stamp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
    COMMAND ${R_COMMAND} --out ${out_dir} ${run_args} > ${out_dir}/${stem}.txt
    COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
    DEPENDS ${R_DEPENDS}
    COMMENT "Running listing ${chapter}/${stem}"
    VERBATIM)
  set_property(DIRECTORY APPEND PROPERTY ACT_RESULT_STAMPS ${stamp})
  set_property(GLOBAL APPEND PROPERTY ACT_ALL_RESULT_STAMPS ${stamp})
  set(name listing:${chapter}/${stem})
  # ACT_TEST_ARGS_<chapter>_<stem>, if set, is appended to the test's run
  # only (never to the site's): a smaller run where the tree is slow, such as
  # the SUGAR experiment under the sanitizers.
  add_test(NAME ${name} COMMAND ${R_COMMAND} --out ${ACT_TEST_RESULTS_DIR}/${chapter}
                                ${ACT_TEST_ARGS_${chapter}_${stem}})
  set_tests_properties(${name} PROPERTIES LABELS "listing;${chapter}"
                       FIXTURES_SETUP "results:${chapter}/${stem}")
  add_test(NAME ${name}:bad-option COMMAND ${ACT_EXPECT_EXIT} 2 ${R_COMMAND} --no-such-option)
  add_test(NAME ${name}:empty-out COMMAND ${ACT_EXPECT_EXIT} 2 ${R_COMMAND} --out "")
  add_test(NAME ${name}:unwritable-out
           COMMAND ${ACT_EXPECT_EXIT} 2 ${R_COMMAND} --out /proc/no-such-dir)
  set_tests_properties(${name}:bad-option ${name}:empty-out ${name}:unwritable-out
                       PROPERTIES LABELS "listing;cli;${chapter}" TIMEOUT 20)
endfunction()

# Declare one chapter's listings from its folder.
function(act_chapter chapter)
  cmake_parse_arguments(C "" "" "LINK;SKIP" ${ARGN})
  set(dir ${PROJECT_SOURCE_DIR}/code/examples/${chapter})
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  foreach(src IN LISTS sources)
    get_filename_component(stem ${src} NAME_WE)
    if(stem MATCHES "^libtorch")
      if(NOT ACT_HAVE_TORCH)
        message(STATUS "libtorch off or not found: skipping ${chapter}/${stem}")
        continue()
      endif()
    endif()
    set(target ${chapter}_${stem})
    add_executable(${target} ${src})
    target_link_libraries(${target} PRIVATE act act_listing act_warnings ${C_LINK})
    if(stem MATCHES "^libtorch")
      target_link_libraries(${target} PRIVATE ${TORCH_LIBRARIES})
    endif()
    set_target_properties(${target} PROPERTIES
      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/listings/${chapter}
      OUTPUT_NAME ${stem})
    _act_result(${chapter} ${stem} COMMAND $<TARGET_FILE:${target}> DEPENDS ${target})
    add_test(NAME listing:${chapter}/${stem}:help
             COMMAND ${ACT_EXPECT_EXIT} 0 $<TARGET_FILE:${target}> --help)
    set_tests_properties(listing:${chapter}/${stem}:help PROPERTIES LABELS "listing;cli;${chapter}")
  endforeach()

  file(GLOB scripts CONFIGURE_DEPENDS ${dir}/*.py)
  foreach(script IN LISTS scripts)
    get_filename_component(stem ${script} NAME_WE)
    if(stem IN_LIST C_SKIP)
      continue()
    endif()
    if(stem MATCHES "^tensorflow")
      # TensorFlow is not packaged for Debian: shown in the book, not run.
      # It must at least be valid Python.
      add_test(NAME listing:${chapter}/${stem}:syntax
               COMMAND ${ACT_PYTHON} -c "import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])" ${script})
      set_tests_properties(listing:${chapter}/${stem}:syntax PROPERTIES LABELS "listing;${chapter}")
      continue()
    endif()
    _act_result(${chapter} ${stem} COMMAND ${ACT_PYTHON} ${script} DEPENDS ${script})
  endforeach()

  # The chapter's results, built before the docs read them.
  get_property(stamps DIRECTORY PROPERTY ACT_RESULT_STAMPS)
  add_custom_target(results_${chapter} DEPENDS ${stamps})
  add_dependencies(results results_${chapter})

  if(EXISTS ${dir}/frameworks.json)
    act_framework_tabs(${chapter})
  endif()
endfunction()

# Compare the values several listings of a chapter wrote (JSON arrays under
# the same keys) within a relative tolerance; registered as a CTest test.
# It reads what the listings' own tests wrote (test-results/), and requires
# them as fixtures: `ctest -R crosscheck` runs them first, and a listing
# that failed leaves its cross-check not run rather than read an old file.
function(act_crosscheck chapter)
  cmake_parse_arguments(X "" "RTOL" "LISTINGS;KEYS" ${ARGN})
  set(files "")
  set(fixtures "")
  foreach(stem IN LISTS X_LISTINGS)
    list(APPEND files ${ACT_TEST_RESULTS_DIR}/${chapter}/${stem}.json)
    list(APPEND fixtures "results:${chapter}/${stem}")
  endforeach()
  add_test(NAME crosscheck:${chapter}
           COMMAND ${ACT_PYTHON} ${PROJECT_SOURCE_DIR}/tools/crosscheck.py
                   --rtol ${X_RTOL} --keys ${X_KEYS} -- ${files})
  set_tests_properties(crosscheck:${chapter} PROPERTIES LABELS "crosscheck;${chapter}"
                       FIXTURES_REQUIRED "${fixtures}")
endfunction()

# A chapter's framework tabs, from code/examples/<chapter>/frameworks.json
# (tools/framework_tabs.py describes it): the test crosscheck:<chapter>
# compares the KEYS of the tabs that run within RTOL, and the test
# frameworks:<chapter> checks that every tab's file shows its marker and
# uses the described inputs. act_chapter calls this when the file exists.
function(act_framework_tabs chapter)
  set(dir ${PROJECT_SOURCE_DIR}/code/examples/${chapter})
  set(common ${PROJECT_SOURCE_DIR}/code/examples/common/frameworks.json)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${dir}/frameworks.json ${common})
  if(EXISTS ${dir}/tensorflow.py)
    message(FATAL_ERROR "code/examples/${chapter}/tensorflow.py: a script of that name "
                        "imports itself instead of TensorFlow; call it tensorflow_tab.py")
  endif()
  file(READ ${dir}/frameworks.json desc)
  string(JSON rtol GET "${desc}" rtol)
  string(JSON nkeys LENGTH "${desc}" keys)
  set(keys "")
  math(EXPR last "${nkeys} - 1")
  foreach(i RANGE ${last})
    string(JSON key GET "${desc}" keys ${i})
    list(APPEND keys ${key})
  endforeach()
  string(JSON tabs ERROR_VARIABLE no_tabs GET "${desc}" tabs)
  if(no_tabs)
    file(READ ${common} table)
    string(JSON tabs GET "${table}" tabs)
  endif()
  # The tabs that run: not tensorflow*.py (shown only, as above), and the
  # libtorch ones only with libtorch.
  set(listings "")
  string(JSON ntabs LENGTH "${tabs}")
  math(EXPR last "${ntabs} - 1")
  foreach(i RANGE ${last})
    string(JSON file GET "${tabs}" ${i} file)
    get_filename_component(stem ${file} NAME_WE)
    if(stem MATCHES "^tensorflow" OR (stem MATCHES "^libtorch" AND NOT ACT_HAVE_TORCH))
      continue()
    endif()
    list(APPEND listings ${stem})
  endforeach()
  act_crosscheck(${chapter} RTOL ${rtol} KEYS ${keys} LISTINGS ${listings})
  add_test(NAME frameworks:${chapter}
           COMMAND ${ACT_PYTHON} ${PROJECT_SOURCE_DIR}/tools/framework_tabs.py ${dir})
  set_tests_properties(frameworks:${chapter} PROPERTIES LABELS "listing;${chapter}")
endfunction()
