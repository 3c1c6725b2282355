// Plan panel: the plan's title, client or team, level, sector, size and cascade model, period and
// rule profile; the strategy (vision, statement, themes); the client's economics.
#include <string>

#include "imgui.h"
#include "panels.h"
#include "plain_words.h"
#include "test_hook.h"
#include "theme.h"
#include "widgets.h"

namespace panels {

namespace {

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(theme::headingFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::Separator();
}

void drawThemes(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    ImGui::TextDisabled("Themes");
    for (size_t i = 0; i < plan.strategy.themes.size(); ++i) {
        const okr::Theme& t = plan.strategy.themes[i];
        ImGui::PushID(t.id.value.c_str());
        const std::string path = "/strategy/themes/" + std::to_string(i) + "/title";
        const float buttons = ImGui::GetFrameHeight() * 3 + ImGui::GetStyle().ItemSpacing.x * 3;
        std::string title;
        if (widgets::text(ctx.doc, nullptr, path, t.title, title,
                          ImGui::GetContentRegionAvail().x - (widgets::readOnly() ? 0 : buttons),
                          "theme"))
            ctx.doc.edit(okr::setThemeTitle, t.id, title);
        if (widgets::readOnly()) {
            ImGui::PopID();
            continue;
        }
        ImGui::SameLine();
        if (ImGui::ArrowButton("up", ImGuiDir_Up) && i > 0)
            ctx.doc.edit(okr::moveTheme, t.id, i - 1);
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) ctx.doc.edit(okr::moveTheme, t.id, i + 1);
        ImGui::SameLine();
        if (ImGui::Button("×", ImVec2(ImGui::GetFrameHeight(), 0)))
            ctx.doc.edit(okr::deleteTheme, t.id);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete this theme");
        ImGui::PopID();
    }
    if (widgets::readOnly()) return;
    if (ImGui::SmallButton("+ Theme")) {
        const size_t index = plan.strategy.themes.size();
        ctx.doc.edit(okr::addTheme, std::string("New theme"));
        widgets::requestFocus("/strategy/themes/" + std::to_string(index) + "/title", true);
    }
    testhook::item("/strategy/themes/add");
}

// Business (the default) or a plan that answers to the people it serves: a public body, an
// open-source project or a charity gets no revenue or cost findings.
void drawSector(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    static const std::vector<std::string_view> others = [] {
        std::vector<std::string_view> out;
        for (okr::Sector s : okr::enumValues<okr::Sector>())
            if (s != okr::Sector::Business) out.push_back(okr::name(s));
        return out;
    }();
    const std::string now = plan.meta.sector && *plan.meta.sector != okr::Sector::Business
                                ? okr::name(*plan.meta.sector)
                                : "";
    std::string spelling;
    if (widgets::spellingCombo(ctx.doc, "Sector", "/plan/sector", now, others, spelling, -1,
                               words::shown(okr::name(okr::Sector::Business))))
        ctx.doc.edit(okr::setField, okr::entityRef(okr::Entity::PlanMeta), std::string("sector"),
                     spelling.empty() ? okr::FieldValue() : okr::FieldValue(spelling));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "A public body, an open-source project or a charity is judged on what "
            "changes for the people it serves, not on revenue and cost");
}

// The company's size and its cascade model (S4): the size sets the key-result total for a
// small company and, when no model is chosen, the model; the model sets what a team objective
// owes the company.
void drawSize(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    const std::optional<double> people =
        plan.meta.headcount ? std::optional<double>(*plan.meta.headcount) : std::nullopt;
    std::optional<double> number;
    if (widgets::optionalNumber(ctx.doc, "People", "/plan/headcount", people, number)) {
        const bool whole = !number || (*number >= 1 && *number <= 1000000 &&
                                       *number == static_cast<double>(static_cast<int>(*number)));
        if (whole)
            ctx.doc.edit(okr::setField, okr::entityRef(okr::Entity::PlanMeta),
                         std::string("headcount"),
                         number ? okr::FieldValue(static_cast<int>(*number)) : okr::FieldValue());
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "People in the company or team: S4 sizes its advice by it (at 10, under "
            "8 key results in all; 100 or more, a strict cascade)");
    const std::vector<std::string_view>& models = widgets::spellingsOf<okr::Cascade>();
    const std::string now = plan.meta.cascade ? okr::name(*plan.meta.cascade) : "";
    std::string spelling;
    if (widgets::spellingCombo(ctx.doc, "Cascade", "/plan/cascade", now, models, spelling, -1,
                               "From size"))
        ctx.doc.edit(okr::setField, okr::entityRef(okr::Entity::PlanMeta), std::string("cascade"),
                     spelling.empty() ? okr::FieldValue() : okr::FieldValue(spelling));
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Now: %s. Strict: company OKRs first, every team objective under one "
            "(S4: 100+ people). Modified parallel: themes first, teams draft against "
            "them (5-50). Pure parallel: one early team",
            words::shown(okr::name(okr::cascadeOf(plan.meta))));
}

}  // namespace

void drawPlan(Context& ctx) {
    const okr::Plan& plan = ctx.doc.plan();
    std::string text;
    std::optional<double> number;

    heading("Plan");
    if (widgets::text(ctx.doc, "Title", "/plan/title", plan.meta.title, text))
        ctx.doc.edit(okr::setPlanTitle, text);
    if (widgets::text(ctx.doc, "Client / team", "/plan/client", plan.meta.client, text))
        ctx.doc.edit(okr::setPlanClient, text);
    okr::Level level;
    if (widgets::enumCombo(ctx.doc, "Level", "/plan/level", plan.meta.level, level))
        ctx.doc.edit(okr::setPlanLevel, level);
    drawSector(ctx);
    drawSize(ctx);
    std::optional<okr::Date> date;
    if (widgets::optionalDate(ctx.doc, "Starts", "/plan/start", plan.meta.start, date))
        ctx.doc.edit(okr::setPlanPeriod, date, plan.meta.end);
    if (widgets::optionalDate(ctx.doc, "Ends", "/plan/end", plan.meta.end, date))
        ctx.doc.edit(okr::setPlanPeriod, plan.meta.start, date);
    okr::Profile profile;
    if (widgets::enumCombo(ctx.doc, "Rule profile", "/rules/profile", plan.rules.profile, profile))
        ctx.doc.edit(okr::setProfile, profile);

    heading("Strategy");
    if (widgets::multiline(ctx.doc, "Vision", "/strategy/vision", plan.strategy.vision, text, 2.5f))
        ctx.doc.edit(okr::setVision, text);
    if (widgets::multiline(ctx.doc, "Strategy", "/strategy/statement", plan.strategy.statement,
                           text, 4))
        ctx.doc.edit(okr::setStrategyStatement, text);
    drawThemes(ctx);

    heading("Client economics");
    if (widgets::text(ctx.doc, "Currency", "/economics/currency", plan.economics.currency, text))
        ctx.doc.edit(okr::setCurrency, text);
    if (widgets::optionalNumber(ctx.doc, "Revenue / sale", "/economics/revenuePerSale",
                                plan.economics.revenuePerSale, number))
        ctx.doc.edit(okr::setRevenuePerSale, number);
    if (widgets::optionalNumber(ctx.doc, "Lifetime value", "/economics/lifetimeValue",
                                plan.economics.lifetimeValue, number))
        ctx.doc.edit(okr::setLifetimeValue, number);
    if (widgets::multiline(ctx.doc, "Capacity", "/economics/capacity", plan.economics.capacity,
                           text, 2))
        ctx.doc.edit(okr::setCapacity, text);
}

}  // namespace panels
