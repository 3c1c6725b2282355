// The doctest runner for the core's unit tests; each concept has its own <concept>_test.cpp.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
