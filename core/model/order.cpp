#include "model/order.h"

#include <algorithm>

namespace okr {

void stableOrder(std::vector<std::size_t>& positions,
                 bool (*before)(const void* context, std::size_t a, std::size_t b),
                 const void* context) {
    std::stable_sort(positions.begin(), positions.end(),
                     [&](std::size_t a, std::size_t b) { return before(context, a, b); });
}

}  // namespace okr
