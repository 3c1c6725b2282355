// The shared look of the driver tree; see drawing.h.
#include "tree/drawing.h"

#include "model/value_text.h"

namespace okr {

std::uint32_t stageColour(Stage stage) {
    switch (stage) {
        case Stage::Acquisition:
            return 0x4285f4;
        case Stage::Activation:
            return 0x2f9a4c;
        case Stage::Engagement:
            return 0x8e44ad;
        case Stage::Monetization:
            return 0xb86e1d;
        case Stage::Referral:
            return 0x0096a0;
        case Stage::None:
            break;
    }
    return 0x767b86;
}

const char* kindBadge(NodeKind kind) {
    return kind == NodeKind::Nsm         ? "NORTH STAR"
           : kind == NodeKind::Guardrail ? "GUARDRAIL"
                                         : "DRIVER";
}

std::string cardValue(const Node& n) {
    std::string value = n.value          ? formatValue(*n.value, n.kpi.unit)
                        : n.kpi.baseline ? "baseline " + formatValue(*n.kpi.baseline, n.kpi.unit)
                                         : std::string("no value");
    if (n.kind == NodeKind::Guardrail && n.guardrail.threshold)
        value += std::string(n.guardrail.comparison == Comparison::AtMost ? "  ≤ " : "  ≥ ") +
                 formatValue(*n.guardrail.threshold, n.kpi.unit);
    return value;
}

const char* relationGlyph(Relation relation) {
    switch (relation) {
        case Relation::Add:
            return "+";
        case Relation::Multiply:
            return "×";
        case Relation::RatioNumerator:
            return "÷ num";
        case Relation::RatioDenominator:
            return "÷ den";
        case Relation::Influence:
            break;
    }
    return "~";
}

}  // namespace okr
