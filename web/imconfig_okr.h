// Dear ImGui compile-time configuration for the planner (IMGUI_USER_CONFIG).
#pragma once

// A large driver tree can exceed 64K vertices in one draw list.
#define ImDrawIdx unsigned int
// No filesystem in the browser build: keeps Emscripten's FS layer out of the app.
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_DEMO_WINDOWS
#define IMGUI_DISABLE_DEBUG_TOOLS
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
