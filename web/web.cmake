# The web build (emcmake): Dear ImGui 1.90.1 from the bootstrap's cache + core -> app.js/app.wasm,
# then dist/, a complete static site: shell/ files, the app, nothing else. Relative URLs only.
set(OKR_IMGUI_DIR ${CMAKE_SOURCE_DIR}/.cache/imgui-1.90.1 CACHE PATH "Dear ImGui 1.90.1 sources")
set(OKR_DIST_DIR ${CMAKE_SOURCE_DIR}/dist CACHE PATH "Where the static site is assembled")
if(NOT EXISTS ${OKR_IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources not found in ${OKR_IMGUI_DIR}: run .ci/bootstrap")
endif()

set(OKR_WEB_FLAGS -fno-exceptions -fno-rtti)
set(OKR_UI_OPT -Oz)

# Dear ImGui 1.90.1 links its fallback font, ProggyClean (12 KB of base85 text, 11 KB gzipped of
# the first load), for an atlas built with no font added; the planner always adds its own Inter
# first (theme.cpp), so the fallback is never drawn. Later ImGui versions leave it out under
# IMGUI_DISABLE_DEFAULT_FONT; for 1.90.1 the build compiles imgui_draw.cpp from a copy in the build
# tree whose fallback font data is empty (2026-12-07).
file(READ ${OKR_IMGUI_DIR}/imgui_draw.cpp OKR_IMGUI_DRAW)
set(OKR_PROGGY "proggy_clean_ttf_compressed_data_base85[11980 + 1] =")
string(FIND "${OKR_IMGUI_DRAW}" "${OKR_PROGGY}" OKR_PROGGY_AT)
if(OKR_PROGGY_AT LESS 0)
  message(FATAL_ERROR "${OKR_IMGUI_DIR}/imgui_draw.cpp: the fallback font's data was not found")
endif()
string(SUBSTRING "${OKR_IMGUI_DRAW}" 0 ${OKR_PROGGY_AT} OKR_IMGUI_DRAW_HEAD)
string(SUBSTRING "${OKR_IMGUI_DRAW}" ${OKR_PROGGY_AT} -1 OKR_IMGUI_DRAW_TAIL)
string(FIND "${OKR_IMGUI_DRAW_TAIL}" "\";\n" OKR_PROGGY_END)
math(EXPR OKR_PROGGY_END "${OKR_PROGGY_END} + 2")
string(SUBSTRING "${OKR_IMGUI_DRAW_TAIL}" ${OKR_PROGGY_END} -1 OKR_IMGUI_DRAW_TAIL)
file(WRITE ${CMAKE_BINARY_DIR}/imgui_draw_no_fallback_font.cpp.new
     "${OKR_IMGUI_DRAW_HEAD}proggy_clean_ttf_compressed_data_base85[1] = \"\";${OKR_IMGUI_DRAW_TAIL}")
configure_file(${CMAKE_BINARY_DIR}/imgui_draw_no_fallback_font.cpp.new
               ${CMAKE_BINARY_DIR}/imgui_draw_no_fallback_font.cpp COPYONLY)

add_library(imgui STATIC
  ${OKR_IMGUI_DIR}/imgui.cpp ${CMAKE_BINARY_DIR}/imgui_draw_no_fallback_font.cpp
  ${OKR_IMGUI_DIR}/imgui_tables.cpp
  ${OKR_IMGUI_DIR}/imgui_widgets.cpp ${OKR_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${OKR_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp ${OKR_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${OKR_IMGUI_DIR} ${OKR_IMGUI_DIR}/backends
                                                ${OKR_IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/web/imconfig_okr.h")
target_compile_options(imgui PRIVATE ${OKR_UI_OPT} -fno-rtti)
# The core files built for size in the browser, like the UI, rather than for speed: what runs on a
# click (the tree's SVG and clipboard text), once per user action (edits), once per load or save
# (kept keys, migrations, share links), once per check-in (the week's rhythm), the sentence
# grammar and judgement, which read a title once (analysis remembers every reading by its text, so
# a keystroke re-reads one title) and inline what they call often, the tree's checks (run again
# only when the tree changed); a rewrite's slots and the key results' rewrites (only when a
# finding is written); the plan's validation (on load and on an edit applied through the history:
# the keystroke's edit stayed at 0.0 ms median in tests/bench/ui_frames.mjs, 6 KB gzipped off
# the first load, 2026-12-07); dates and rule
# IDs (small and called rarely), the example generator
# and the share-link inflater (once per link), the import of spreadsheets and lists (once per
# import). The other checks, the scores and the analysis that
# runs them are -O2 like the rest of the core since 2026-12-06: a keystroke's re-analysis runs
# them all, and at -Oz (no inlining) it took 0.80 ms in WASM under Node against 0.38–0.60 ms at
# -O2, and 1.3 ms against 0.8 ms in Chromium (tests/bench/ui_frames.mjs), for 24 KB of first load.
# Together with the core at -O2 (CMakeLists.txt) these keep the first load under its budget.
set(OKR_CORE_FOR_SIZE
    export/tree_svg.cpp export/print_html.cpp edit/tree_copy.cpp
    edit/commands.cpp edit/rhythm_commands.cpp model/fields.cpp
    io/kept_json.cpp io/migrate.cpp share/link.cpp share/base64url.cpp rhythm/rhythm.cpp
    analysis/reading.cpp analysis/judgement.cpp analysis/learned.cpp analysis/check_tree.cpp
    analysis/words.cpp analysis/sentence.cpp analysis/sentence_lexer.cpp
    analysis/sentence_dates.cpp export/export.cpp
    analysis/rule_ids.cpp analysis/slots.cpp model/generate.cpp model/plan.cpp model/date.cpp
    model/validate.cpp
    share/inflate.cpp io/import.cpp)
list(TRANSFORM OKR_CORE_FOR_SIZE PREPEND ${CMAKE_SOURCE_DIR}/core/)
set_source_files_properties(${OKR_CORE_FOR_SIZE} PROPERTIES COMPILE_OPTIONS -Oz)

# The UI font, a scalable OpenType font from Debian's fonts-inter, cut at build time (fontTools
# from python3-fonttools) into two parts per face. The first part of the regular face, embedded into
# the app, holds what the first frame needs: Latin-1, the Euro and œ, dashes, quotes and the ellipsis, the arrows the app
# writes (← ↑ → ↓ ↔ ↗ ↳), its signs (−, ≤, ≥, ≠, ≈, ∞), the shapes it draws (■ □ ▲ ▶ ▼ ◀ ○ ●),
# check marks and the σ of the variation fields. The second, dist/fonts/Inter-FACE-extra.otf, is
# fetched after the first frame (the service worker keeps it) and merged in (a glyph the first part
# has is kept): Latin Extended-A and -B (Polish, Czech, Turkish, Romanian…), Latin Extended
# Additional (Vietnamese), the schwa, Greek, Cyrillic without its historic letters, and the rest of
# general punctuation, arrows, maths and shapes. Splitting took 48 KB gzipped off the first load;
# moving the rarer punctuation, arrows, maths and shapes to the second part, 7 KB more. The first
# part of the semi-bold face (headings, names, emphasis) is fetched after the first frame too, as
# dist/fonts/Inter-SemiBold.otf: until it arrives those are drawn in the regular face at their size
# (14 KB gzipped off the first load, 2026-12-06).
# Each list is pairs of first,last code points; theme.cpp gets them as OKR_FONT_RANGES and
# OKR_FONT_EXTRA_RANGES.
set(OKR_FONT_DIR /usr/share/fonts/opentype/inter CACHE PATH "Inter fonts (Debian fonts-inter)")
set(OKR_FONT_RANGES 0x0020 0x00FF 0x0152 0x0153 0x03C3 0x03C3 0x2010 0x203A 0x20AC 0x20AC
    0x2190 0x2197 0x21B3 0x21B3 0x2212 0x2212 0x221E 0x221E 0x2248 0x2248 0x2260 0x2260
    0x2264 0x2265 0x25A0 0x25A1 0x25B2 0x25B2 0x25B6 0x25B6 0x25BC 0x25BC 0x25C0 0x25C0
    0x25CB 0x25CB 0x25CF 0x25CF 0x2713 0x2717)
set(OKR_FONT_EXTRA_RANGES 0x0100 0x024F 0x0259 0x0259 0x0370 0x03FF 0x0400 0x045F 0x0490 0x04FF
    0x1E00 0x1EFF 0x2000 0x206F 0x20A0 0x20CF 0x2190 0x21FF 0x2200 0x22FF 0x25A0 0x25FF)
# "U+0020-00FF,…" for fontTools and "0x0020,0x00FF,…" for C++ from one list of pairs.
function(okr_font_ranges out_unicodes out_c)
  set(unicodes "")
  set(first "")
  foreach(cp ${ARGN})
    string(SUBSTRING ${cp} 2 -1 hex)
    if(first STREQUAL "")
      set(first ${hex})
    else()
      list(APPEND unicodes "U+${first}-${hex}")
      set(first "")
    endif()
  endforeach()
  string(REPLACE ";" "," unicodes "${unicodes}")
  string(REPLACE ";" "," c "${ARGN}")
  set(${out_unicodes} "${unicodes}" PARENT_SCOPE)
  set(${out_c} "${c}" PARENT_SCOPE)
endfunction()
okr_font_ranges(OKR_FONT_UNICODES OKR_FONT_RANGES_C ${OKR_FONT_RANGES})
okr_font_ranges(OKR_FONT_EXTRA_UNICODES OKR_FONT_EXTRA_RANGES_C ${OKR_FONT_EXTRA_RANGES})
find_program(OKR_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
set(OKR_FONTS "")
set(OKR_EXTRA_FONTS "")
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/fonts)
foreach(face Regular SemiBold)
  set(src ${OKR_FONT_DIR}/Inter-${face}.otf)
  if(NOT EXISTS ${src})
    message(FATAL_ERROR "UI font ${src} not found: run .ci/bootstrap (package fonts-inter)")
  endif()
  foreach(part first extra)
    if(part STREQUAL "first")
      set(out ${CMAKE_BINARY_DIR}/fonts/Inter-${face}.otf)
      set(unicodes ${OKR_FONT_UNICODES})
      if(face STREQUAL "Regular")
        list(APPEND OKR_FONTS ${out})
      else()
        list(APPEND OKR_EXTRA_FONTS ${out})
      endif()
    else()
      set(out ${CMAKE_BINARY_DIR}/fonts/Inter-${face}-extra.otf)
      set(unicodes ${OKR_FONT_EXTRA_UNICODES})
      list(APPEND OKR_EXTRA_FONTS ${out})
    endif()
    add_custom_command(OUTPUT ${out}
      COMMAND ${OKR_PYTHON3} -m fontTools.subset ${src} --unicodes=${unicodes}
              --layout-features= --no-hinting --desubroutinize --output-file=${out}
      DEPENDS ${src} COMMENT "Subsetting Inter-${face} (${part} part)" VERBATIM)
  endforeach()
endforeach()
okr_embed(fonts okr_embedded_fonts ${OKR_FONTS})
add_custom_target(extra_fonts DEPENDS ${OKR_EXTRA_FONTS})

# The learned reader (core/analysis/learned_model.inc) is not compiled into the app: its weights
# are dist/model/reader.bin (web/reader_model.py), fetched after the first frame like the fonts and
# cached by the service worker; until it arrives the checks run on the rules alone (14 KB gzipped
# off the first load, 2026-12-06).
set(OKR_READER_BIN ${CMAKE_BINARY_DIR}/model/reader.bin)
add_custom_command(OUTPUT ${OKR_READER_BIN}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/model
  COMMAND ${OKR_PYTHON3} ${CMAKE_SOURCE_DIR}/web/reader_model.py
          ${CMAKE_SOURCE_DIR}/core/analysis/learned_model.inc ${OKR_READER_BIN}
  DEPENDS ${CMAKE_SOURCE_DIR}/web/reader_model.py ${CMAKE_SOURCE_DIR}/core/analysis/learned_model.inc
  COMMENT "Writing the learned reader's weights" VERBATIM)
add_custom_target(reader_model DEPENDS ${OKR_READER_BIN})
set_source_files_properties(${CMAKE_SOURCE_DIR}/core/analysis/learned.cpp PROPERTIES
                            COMPILE_DEFINITIONS OKR_LEARNED_FETCHED)

file(GLOB OKR_WEB_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*.cpp
     ${CMAKE_SOURCE_DIR}/web/panels/*.cpp)
add_executable(app ${OKR_WEB_SOURCES} ${CMAKE_BINARY_DIR}/generated/fonts.cpp)
target_include_directories(app PRIVATE ${CMAKE_SOURCE_DIR}/web ${CMAKE_SOURCE_DIR}/assets)
target_link_libraries(app PRIVATE core templates imgui)
target_compile_options(app PRIVATE ${OKR_WARNINGS} ${OKR_UI_OPT} ${OKR_WEB_FLAGS})
target_compile_definitions(app PRIVATE OKR_FONT_RANGES=${OKR_FONT_RANGES_C}
                                        OKR_FONT_EXTRA_RANGES=${OKR_FONT_EXTRA_RANGES_C})
target_compile_options(templates PRIVATE ${OKR_UI_OPT})
# How the app is linked, shared with the WASM benchmarks below so that their figures are the
# app's. emmalloc: 1.5 KB gzipped smaller than dlmalloc; typing in a key result's title at full
# speed measured the same CPU per frame with either (median 1.2–1.5 ms, max 8–13 ms). At -Oz,
# Binaryen inlines only functions of one or two instructions, which left the standard library's
# accessors (a string's size, a view's operator[]) as calls in the size-built core; inlining up to
# four made a keystroke's re-analysis 1.5 → 1.15 ms under Node and the first load 3.4 KB gzipped
# smaller (2026-12-06). Binaryen's --converge re-runs its size passes until they stop gaining:
# 2.2 KB gzipped off the first load, the keystroke's re-analysis unchanged (0.56 ms, 2026-12-08).
set(OKR_WASM_LINK -sMALLOC=emmalloc -sBINARYEN_EXTRA_PASSES=--always-inline-max-function-size=4,--converge)
# The page hands the module only its canvas, print, printErr and onAbort; every browser the
# planner supports has TextDecoder and needs no polyfills: 0.5 KB gzipped of app.js
# (2026-12-07).
set(OKR_EXPORTS _main,_malloc,_free,_okr_state_json,_okr_item_rect,_okr_frame_stats,_okr_open_file,_okr_paste,_okr_text_input,_okr_share_link,_okr_page_hide,_okr_draft_open_elsewhere,_okr_template_loaded,_okr_font_loaded,_okr_reader_model_loaded,_okr_touch,_okr_text_field_at)
# The code only a user's action reaches (exports, printing, imports, comparing and merging plans,
# pasting tree nodes, what-if figures, the retrospective) is split off after linking into
# dist/app.deferred.wasm (web/split_wasm.py, Binaryen's wasm-split on the names --profiling-funcs
# keeps), fetched after the first frame: 13 KB gzipped off the first load (2026-12-08). The page
# gives the module its own loader for it (loadSplitModule, shell/okr.js).
target_link_options(app PRIVATE ${OKR_UI_OPT} ${OKR_WEB_FLAGS}
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sENVIRONMENT=web
  -sINCOMING_MODULE_JS_API=canvas,print,printErr,onAbort,loadSplitModule -sTEXTDECODER=2
  -sPOLYFILL=0 -sSPLIT_MODULE=1 --profiling-funcs -Wno-experimental
  ${OKR_WASM_LINK}
  -sEXPORTED_FUNCTIONS=${OKR_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8)
set_target_properties(app PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${OKR_DIST_DIR})
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/web/split_wasm.py)
add_custom_command(TARGET app POST_BUILD
  COMMAND ${OKR_PYTHON3} ${CMAKE_SOURCE_DIR}/web/split_wasm.py ${OKR_DIST_DIR}
          ${CMAKE_BINARY_DIR}/split
  COMMENT "Splitting off the code a user's action reaches (app.deferred.wasm)" VERBATIM)

find_program(OKR_NODE node REQUIRED)
file(GLOB OKR_SHELL_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shell/*.html
     ${CMAKE_SOURCE_DIR}/shell/*.js ${CMAKE_SOURCE_DIR}/shell/*.css ${CMAKE_SOURCE_DIR}/shell/*.svg
     ${CMAKE_SOURCE_DIR}/shell/*.webmanifest)
add_custom_target(dist ALL
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OKR_DIST_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OKR_SHELL_FILES} ${OKR_DIST_DIR}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OKR_DIST_DIR}/templates
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OKR_EXAMPLES} ${OKR_DIST_DIR}/templates
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OKR_DIST_DIR}/fonts
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OKR_EXTRA_FONTS} ${OKR_DIST_DIR}/fonts
  COMMAND ${CMAKE_COMMAND} -E make_directory ${OKR_DIST_DIR}/model
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OKR_READER_BIN} ${OKR_DIST_DIR}/model
  COMMAND ${CMAKE_COMMAND} -DDIST=${OKR_DIST_DIR} -DTEMPLATE=${CMAKE_SOURCE_DIR}/shell/sw.js
          "-DTEMPLATES=${OKR_TEMPLATE_NAMES_C}" "-DFONTS=Inter-SemiBold,Inter-Regular-extra,Inter-SemiBold-extra" -P ${CMAKE_SOURCE_DIR}/web/sw_version.cmake
  # NAME.br and NAME.gz beside each file, for hosts that serve them (README, Publishing).
  COMMAND ${OKR_NODE} ${CMAKE_SOURCE_DIR}/.ci/precompress.mjs ${OKR_DIST_DIR}
  DEPENDS app extra_fonts reader_model ${OKR_SHELL_FILES} ${OKR_EXAMPLES} ${OKR_EXTRA_FONTS}
          ${OKR_READER_BIN}
  COMMENT "Assembling the static site in ${OKR_DIST_DIR}")

# Benchmarks compiled to WASM and run under Node, to compare with the native figures
# (tests/bench/; enabled by the benchmark report, off for the normal build). Linked as the app is,
# with the core built as in the app, so that their figures are what the browser runs.
option(OKR_WASM_BENCH "Also build tests/bench/*.cpp as Node-hosted WASM programs" OFF)
if(OKR_WASM_BENCH)
  file(GLOB OKR_BENCH_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/bench/*.cpp)
  # The app loads the learned reader after its first frame; the benchmarks load it at start, so
  # that their analyses read as the app's do once it has arrived.
  okr_embed(reader okr_embedded_reader ${OKR_READER_BIN})
  file(WRITE ${CMAKE_BINARY_DIR}/generated/load_reader.cpp
       "// Generated by web/web.cmake: the WASM benchmarks load the learned reader at start.\n"
       "#include <string_view>\n#include \"analysis/learned.h\"\n#include \"embedded.h\"\n"
       "extern const EmbeddedFile okr_embedded_reader[];\n"
       "namespace { [[maybe_unused]] const bool loaded = okr::loadLearnedModel(std::string_view(\n"
       "    reinterpret_cast<const char*>(okr_embedded_reader[0].data), okr_embedded_reader[0].size)); }\n")
  foreach(src ${OKR_BENCH_SOURCES})
    get_filename_component(bench ${src} NAME_WE)
    add_executable(${bench} ${src} ${CMAKE_BINARY_DIR}/generated/load_reader.cpp
                            ${CMAKE_BINARY_DIR}/generated/reader.cpp)
    target_include_directories(${bench} PRIVATE ${CMAKE_SOURCE_DIR}/assets)
    target_link_libraries(${bench} PRIVATE core templates)
    target_compile_options(${bench} PRIVATE ${OKR_WARNINGS} -O3 -fwasm-exceptions)
    target_link_options(${bench} PRIVATE ${OKR_UI_OPT} ${OKR_WASM_LINK} -fwasm-exceptions -sENVIRONMENT=node
                        -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
    set_target_properties(${bench} PROPERTIES SUFFIX ".js")
  endforeach()
endif()
