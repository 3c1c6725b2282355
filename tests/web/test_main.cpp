// The doctest runner for the native tests of the web front end's UI-free files (web/document.*).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
