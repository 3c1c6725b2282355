# Writes dist/sw.js from shell/sw.js with the build's version: a hash of the files the service
# worker caches, so every deployment that changes one of them gets a new cache name.
# The example plans (dist/templates/NAME.json, names comma-separated in TEMPLATES), the fonts
# fetched after the first frame (dist/fonts/NAME.otf, names in FONTS) and the learned reader
# (dist/model/reader.bin) are cached too.
#   cmake -DDIST=<dist dir> -DTEMPLATE=<shell/sw.js> -DTEMPLATES=a,b -DFONTS=c,d -P sw_version.cmake
string(REPLACE "," ";" names "${TEMPLATES}")
set(files index.html okr.js app.js app.wasm app.deferred.wasm style.css icon.svg)
set(templateFiles "")
foreach(n ${names})
  list(APPEND files templates/${n}.json)
  if(templateFiles)
    string(APPEND templateFiles ", ")
  endif()
  string(APPEND templateFiles "'templates/${n}.json'")
endforeach()
# The learned reader's weights change with every retraining while the app may not: hashed too.
list(APPEND files model/reader.bin)
string(APPEND templateFiles ", 'model/reader.bin'")
set(hashes "")
foreach(f ${files})
  file(SHA256 ${DIST}/${f} h)
  string(APPEND hashes "${f}:${h}\n")
endforeach()
string(REPLACE "," ";" fontNames "${FONTS}")
foreach(n ${fontNames})
  list(APPEND files fonts/${n}.otf)
  string(APPEND templateFiles ", 'fonts/${n}.otf'")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING ${version} 0 16 version)
file(READ ${TEMPLATE} text)
string(REPLACE "@OKR_BUILD_HASH@" "${version}" text "${text}")
string(REPLACE "'@OKR_TEMPLATE_FILES@'" "${templateFiles}" text "${text}")
file(WRITE ${DIST}/sw.js "${text}")
