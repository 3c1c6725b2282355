# Writes dist/sw.js from shell/sw.js with the build's version: a hash of the files the service
# worker caches, so every deployment that changes one of them gets a new cache name.
#   cmake -DDIST=<dist dir> -DTEMPLATE=<shell/sw.js> -P sw_version.cmake
set(hashes "")
foreach(f index.html okr.js app.js app.wasm style.css icon.svg)
  file(SHA256 ${DIST}/${f} h)
  string(APPEND hashes "${f}:${h}\n")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING ${version} 0 16 version)
file(READ ${TEMPLATE} text)
string(REPLACE "@OKR_BUILD_HASH@" "${version}" text "${text}")
file(WRITE ${DIST}/sw.js "${text}")
