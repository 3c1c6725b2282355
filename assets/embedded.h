// Files compiled into the program by assets/embed.cmake (example plans, fonts): no filesystem and
// no network are needed to find them.
#pragma once

#include <cstddef>

struct EmbeddedFile {
    const char* name;           // file name without extension: "talentsync"
    const unsigned char* data;  // NUL-terminated
    std::size_t size;           // bytes, excluding the NUL
};
