// See plain_words.h.
#include "plain_words.h"

#include <string_view>

namespace words {

const char* shown(const char* spelling) {
    static constexpr struct {
        std::string_view spelling;
        const char* words;
    } kWords[] = {
        {"company", "Company"},
        {"team", "Team"},
        {"client", "Client"},
        {"individual", "Individual"},
        {"agency", "Agency"},
        {"startup", "Startup"},
        {"teams", "Teams in a company"},
        {"business", "Business"},
        {"public-body", "Public body"},
        {"open-source", "Open-source project"},
        {"charity", "Charity"},
        {"strict", "Strict cascade"},
        {"modified-parallel", "Modified parallel"},
        {"pure-parallel", "Pure parallel"},
        {"agenda-45", "45-minute meeting (S3)"},
        {"segment-15", "15-minute segment (S4)"},
        {"three-questions", "Three questions (S2)"},
        {"nsm", "North Star"},
        {"driver", "Driver"},
        {"guardrail", "Guardrail"},
        {"none", "No stage"},
        {"acquisition", "Acquisition"},
        {"activation", "Activation"},
        {"engagement", "Engagement"},
        {"monetization", "Monetization"},
        {"referral", "Referral"},
        {"add", "adds to"},
        {"multiply", "multiplies"},
        {"ratio-numerator", "divides (numerator)"},
        {"ratio-denominator", "divides into (denominator)"},
        {"influence", "influences"},
        {"at-most", "must stay at most"},
        {"at-least", "must stay at least"},
        {"metric", "Metric"},
        {"maintain", "Maintain a level"},
        {"milestone", "Milestone (done or not)"},
        {"baseline", "Baseline (measure first)"},
        {"increase", "increase"},
        {"decrease", "decrease"},
        {"unset", "not set"},
        {"daily", "Daily"},
        {"weekly", "Weekly"},
        {"biweekly", "Every two weeks"},
        {"monthly", "Monthly"},
        {"quarterly", "Quarterly"},
        {"leading", "Leading"},
        {"lagging", "Lagging"},
        {"committed", "Committed"},
        {"aspirational", "Aspirational"},
        {"pause", "Pause"},
        {"pivot", "Pivot"},
        {"persist", "Persist"},
        {"error", "Error"},
        {"warning", "Warning"},
        {"info", "Note"},
        {"off", "Off"},
    };
    for (const auto& w : kWords)
        if (w.spelling == spelling) return w.words;
    return spelling;
}

}  // namespace words
