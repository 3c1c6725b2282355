// The field lists (model/fields.h) against everything that walks them: every scalar field of
// every entity round-trips through save → load with a non-default value, is settable through the
// generic setField command with its label and undo, and the writer's key order is the list's.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "edit/commands.h"
#include "io/format.h"
#include "model/fields.h"

namespace {

using okr::Entity;
using okr::EntityRef;
using okr::FieldInfo;
using okr::FieldType;
using okr::FieldValue;

// Two or more of every kind of entity, so that each reference has another entity to name. The
// entities the tests edit are the last of their lists, which nothing refers to; an objective and a
// key result share the ID "x" so that the adjustment's targetKind can change on its own.
const char* const kFixture = R"({
  "format": "okr-plan",
  "version": 1,
  "plan": {"title": "Fields", "level": "company", "start": "2026-04-01", "end": "2026-06-30"},
  "strategy": {"vision": "Everywhere", "themes": [{"id": "t1", "title": "A"},
                                                  {"id": "t2", "title": "B"}]},
  "economics": {"currency": "EUR"},
  "tree": {
    "nodes": [{"id": "n1", "name": "North Star", "kind": "nsm"},
              {"id": "n2", "name": "Driver"},
              {"id": "n3", "name": "Spare"}],
    "links": [{"id": "l1", "from": "n2", "to": "n1"}]
  },
  "objectives": [
    {"id": "x", "title": "Shares its ID with a key result", "keyResults": [
      {"id": "x", "title": "Shares its ID with an objective"},
      {"id": "kr1", "title": "With check-ins", "checkins": [{"date": "2026-04-03", "value": 1},
                                                           {"date": "2026-04-10", "value": 2}]}
    ]},
    {"id": "o2", "title": "Edited", "keyResults": [{"id": "kr2", "title": "Edited"}]}
  ],
  "initiatives": [{"id": "i1", "title": "Edited", "keyResults": ["kr1"]}],
  "adjustments": [{"id": "a1", "date": "2026-05-13", "targetKind": "keyResult", "targetId": "x"}],
  "retrospective": [{"question": "What did we learn?", "answer": "Much"}],
  "rules": {"profile": "startup", "overrides": {}, "thresholds": {"krTotal": 9}}
})";

okr::Plan fixture() {
    const okr::LoadResult r = okr::loadPlan(kFixture);
    REQUIRE(r.ok());
    return *r.plan;
}

// The entity of kind T the tests edit, and its JSON pointer in a saved file.
struct Target {
    EntityRef ref;
    std::string pointer;
};

template <class T>
Target target(const okr::Plan& plan) {
    using namespace okr;
    if constexpr (std::is_same_v<T, PlanMeta>) {
        return {entityRef(Entity::PlanMeta), "/plan"};
    } else if constexpr (std::is_same_v<T, Strategy>) {
        return {entityRef(Entity::Strategy), "/strategy"};
    } else if constexpr (std::is_same_v<T, Economics>) {
        return {entityRef(Entity::Economics), "/economics"};
    } else if constexpr (std::is_same_v<T, RuleSettings>) {
        return {entityRef(Entity::RuleSettings), "/rules"};
    } else if constexpr (std::is_same_v<T, Theme>) {
        return {entityRef(plan.strategy.themes.back().id), "/strategy/themes/1"};
    } else if constexpr (std::is_same_v<T, Node>) {
        return {entityRef(plan.tree.nodes.back().id), "/tree/nodes/2"};
    } else if constexpr (std::is_same_v<T, Link>) {
        return {entityRef(plan.tree.links.back().id), "/tree/links/0"};
    } else if constexpr (std::is_same_v<T, Checkin>) {
        return {checkinRef(KeyResultId("kr1"), 1), "/objectives/0/keyResults/1/checkins/1"};
    } else if constexpr (std::is_same_v<T, KeyResult>) {
        return {entityRef(KeyResultId("kr2")), "/objectives/1/keyResults/0"};
    } else if constexpr (std::is_same_v<T, Objective>) {
        return {entityRef(plan.objectives.back().id), "/objectives/1"};
    } else if constexpr (std::is_same_v<T, Initiative>) {
        return {entityRef(plan.initiatives.back().id), "/initiatives/0"};
    } else if constexpr (std::is_same_v<T, Adjustment>) {
        return {entityRef(plan.adjustments.back().id), "/adjustments/0"};
    } else {
        static_assert(std::is_same_v<T, RetroAnswer>, "an entity of fields.h");
        return {retroAnswerRef(0), "/retrospective/0"};
    }
}

// IDs of every entity of `kind`, in plan order.
std::vector<std::string> idsOf(const okr::Plan& plan, Entity kind) {
    std::vector<std::string> ids;
    if (kind == Entity::Theme)
        for (const auto& t : plan.strategy.themes) ids.push_back(t.id.value);
    if (kind == Entity::Node)
        for (const auto& n : plan.tree.nodes) ids.push_back(n.id.value);
    if (kind == Entity::Objective)
        for (const auto& o : plan.objectives) ids.push_back(o.id.value);
    if (kind == Entity::KeyResult)
        for (const auto& o : plan.objectives)
            for (const auto& kr : o.keyResults) ids.push_back(kr.id.value);
    return ids;
}

// A value of field `f` of `entity` that differs from its current value and from the default, and
// that keeps the fixture a valid plan.
template <class T>
FieldValue newValue(const okr::Plan& plan, const EntityRef& ref, const FieldInfo<T>& f,
                    const T& entity) {
    const FieldValue now = f.get(entity);
    switch (f.type) {
        case FieldType::Text:
            // The adjustment's target is an ID by another name: it must name a key result.
            if (std::string(f.key) == "targetId") return FieldValue("kr1");
            return FieldValue(std::string("changed ") + f.key);
        case FieldType::Id:
            return FieldValue("renamed");
        case FieldType::Ref: {
            // Another entity of the kind it names: not the one named now, not the entity itself,
            // and for a link not its other end.
            std::set<std::string> avoid = {*now.text(), ref.id};
            if (ref.kind == Entity::Link) {
                const auto& l = *okr::findEntity<okr::Link>(plan, ref);
                avoid.insert(l.from.value);
                avoid.insert(l.to.value);
            }
            for (const auto& id : idsOf(plan, f.refersTo))
                if (!avoid.count(id)) return FieldValue(id);
            FAIL("the fixture has no other entity for " << f.key);
            return {};
        }
        case FieldType::Number:
            return FieldValue(*now.number() + 17.5);
        case FieldType::OptionalNumber:
            return FieldValue(now.number() && *now.number() == 0.25 ? 0.5 : 0.25);
        case FieldType::WholeNumber: {
            const double middle = static_cast<double>(static_cast<int>((f.min + f.max) / 2));
            return FieldValue(now.number() && *now.number() == middle ? middle + 1 : middle);
        }
        case FieldType::Bool:
            return FieldValue(!*now.truth());
        case FieldType::Enum:
        case FieldType::OptionalEnum:
            for (std::string_view choice : *f.choices)
                if (!now.text() || *now.text() != choice) return FieldValue(std::string(choice));
            FAIL("an enum with one value");
            return {};
        case FieldType::Date:
        case FieldType::OptionalDate: {
            const okr::Date from = now.date() ? *now.date() : okr::Date{2026, 5, 5};
            return FieldValue(okr::Date::fromDays(from.toDays() + 3));
        }
        case FieldType::List:
            break;
    }
    FAIL("a list has no value");
    return {};
}

// After setting field `f` to `value`, the entity is found under its new ID.
EntityRef followed(EntityRef ref, FieldType type, const FieldValue& value) {
    if (type == FieldType::Id) ref.id = *value.text();
    return ref;
}

template <class T>
void roundTrips(const okr::EntityInfo<T>& info) {
    const okr::Plan base = fixture();
    const Target t = target<T>(base);
    for (const FieldInfo<T>& f : info.fields) {
        if (!f.scalar()) continue;
        CAPTURE(info.noun);
        CAPTURE(f.key);
        okr::Plan plan = base;
        T* entity = okr::findEntity<T>(plan, t.ref);
        REQUIRE(entity);
        FieldValue value = newValue(plan, t.ref, f, *entity);
        CHECK(value != f.get(*entity));
        CHECK(value != f.get(T{}));  // not the default either
        REQUIRE(f.assign(*entity, FieldValue(value)));
        REQUIRE(f.get(*entity) == value);

        const okr::LoadResult loaded = okr::loadPlan(okr::savePlan(plan));
        REQUIRE(loaded.ok());
        const T* back = okr::findEntity<T>(*loaded.plan, followed(t.ref, f.type, value));
        REQUIRE(back);
        CHECK(f.get(*back) == value);
    }
}

template <class T>
void settable(const okr::EntityInfo<T>& info) {
    const okr::Plan base = fixture();
    const std::string before = okr::savePlan(base);
    const Target t = target<T>(base);
    for (const FieldInfo<T>& f : info.fields) {
        if (!f.scalar()) continue;
        CAPTURE(info.noun);
        CAPTURE(f.key);
        okr::Plan plan = base;
        const FieldValue value = newValue(plan, t.ref, f, *okr::findEntity<T>(plan, t.ref));
        okr::History h;
        REQUIRE_MESSAGE(okr::setField(h, plan, t.ref, f.key, value), h.lastError());
        const T* entity = okr::findEntity<T>(plan, followed(t.ref, f.type, value));
        REQUIRE(entity);
        CHECK(f.get(*entity) == value);
        CHECK(h.undoLabel() == (f.offLabel && value.off() ? f.offLabel : f.label));
        // The same value again changes nothing and records nothing.
        CHECK_FALSE(okr::setField(h, plan, followed(t.ref, f.type, value), f.key, value));
        CHECK(h.undoCount() == 1);
        REQUIRE(h.undo(plan));
        CHECK(okr::savePlan(plan) == before);
    }
}

// The keys of the JSON object at `pointer` of `saved`, in file order.
std::vector<std::string> keysAt(const std::string& saved, const std::string& pointer) {
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(saved);
    std::vector<std::string> keys;
    for (const auto& item : doc.at(nlohmann::ordered_json::json_pointer(pointer)).items())
        keys.push_back(item.key());
    return keys;
}

template <class T>
void writtenInOrder(const okr::EntityInfo<T>& info) {
    okr::Plan plan = fixture();
    const Target t = target<T>(plan);
    T* entity = okr::findEntity<T>(plan, t.ref);
    REQUIRE(entity);
    std::vector<std::string> expected;
    EntityRef ref = t.ref;
    for (const FieldInfo<T>& f : info.fields) {
        expected.push_back(f.key);
        if (!f.scalar()) continue;
        // Every field at once, so none is left out of the file as empty.
        const FieldValue value = newValue(plan, ref, f, *entity);
        REQUIRE(f.assign(*entity, FieldValue(value)));
        ref = followed(ref, f.type, value);
    }
    entity->extra.set("aUnknownKey", "1");
    expected.push_back("aUnknownKey");
    CAPTURE(info.noun);
    CHECK(keysAt(okr::savePlan(plan), t.pointer) == expected);
}

}  // namespace

TEST_CASE("every entity has a field list with unique keys, labels and the sentences it needs") {
    int entities = 0;
    okr::forEachEntityInfo([&](const auto& info) {
        ++entities;
        CAPTURE(info.noun);
        CHECK(info.noun == std::string(okr::nounOf(info.kind)));
        std::set<std::string> keys;
        for (const auto& f : info.fields) {
            CAPTURE(f.key);
            CHECK(keys.insert(f.key).second);
            CHECK(std::string(f.caption) != "");
            if (!f.scalar()) continue;
            CHECK(std::string(f.label) != "");
            CHECK((f.view != nullptr && f.assign != nullptr));
            if (f.type == FieldType::Enum || f.type == FieldType::OptionalEnum)
                CHECK((f.choices && f.choices->size() >= 2));
            if (f.required && f.type != FieldType::Id && f.type != FieldType::Date)
                CHECK(f.missing != nullptr);
            if (f.type == FieldType::Ref) CHECK(f.refersTo != Entity::None);
        }
    });
    CHECK(entities == 13);
}

TEST_CASE("every field of every entity round-trips through save and load") {
    okr::forEachEntityInfo([](const auto& info) { roundTrips(info); });
}

TEST_CASE("every field of every entity is settable through setField, and undo restores it") {
    okr::forEachEntityInfo([](const auto& info) { settable(info); });
}

TEST_CASE("the writer's key order is the field list's order, unknown keys after") {
    okr::forEachEntityInfo([](const auto& info) { writtenInOrder(info); });
}

TEST_CASE("setField refuses what the field cannot hold, with a reason, and changes nothing") {
    okr::Plan plan = fixture();
    const std::string before = okr::savePlan(plan);
    okr::History h;
    const EntityRef kr = okr::entityRef(okr::KeyResultId("kr2"));
    CHECK_FALSE(okr::setField(h, plan, kr, "target", "45"));
    CHECK(h.lastError() == "\"target\" takes a number or nothing");
    CHECK_FALSE(okr::setField(h, plan, kr, "kind", "sometimes"));
    CHECK(h.lastError() ==
          "\"kind\" takes one of \"metric\", \"maintain\", \"milestone\", \"baseline\"");
    CHECK_FALSE(okr::setField(h, plan, kr, "colour", "red"));
    CHECK(h.lastError() == "\"colour\" is not a field of the key result");
    CHECK_FALSE(okr::setField(h, plan, kr, "checkins", FieldValue()));
    CHECK(h.lastError() == "\"checkins\" of the key result is a list; it has commands of its own");
    CHECK_FALSE(okr::setField(h, plan, kr, "driver", "n9"));
    CHECK(h.lastError() == "no tree node has the ID \"n9\"");
    CHECK_FALSE(okr::setField(h, plan, okr::entityRef(okr::KeyResultId("kr9")), "target", 1.0));
    CHECK(h.lastError() == "no key result has the ID \"kr9\"");
    CHECK_FALSE(okr::setField(h, plan, okr::checkinRef(okr::KeyResultId("kr1"), 5), "value", 1.0));
    CHECK(h.lastError() == "key result \"kr1\" has no check-in number 6");
    CHECK_FALSE(
        okr::setField(h, plan, okr::checkinRef(okr::KeyResultId("kr1"), 0), "confidence", 11));
    CHECK(h.lastError() == "confidence is 11; it must be a whole number from 0 to 10");
    CHECK_FALSE(okr::setField(h, plan, okr::retroAnswerRef(0), "question", ""));
    CHECK(h.lastError() ==
          "this retrospective answer has no \"question\"; write the question it answers");
    CHECK(h.undoCount() == 0);
    CHECK(okr::savePlan(plan) == before);
}

TEST_CASE("setField coalesces edits of one field and keeps check-ins in date order") {
    okr::Plan plan = fixture();
    okr::History h;
    const EntityRef o2 = okr::entityRef(okr::ObjectiveId("o2"));
    REQUIRE(okr::setField(h, plan, o2, "title", "G"));
    REQUIRE(okr::setField(h, plan, o2, "title", "Grow"));
    CHECK(h.undoCount() == 1);
    REQUIRE(okr::setField(h, plan, o2, "owner", "Maya"));
    CHECK(h.undoCount() == 2);

    const EntityRef first = okr::checkinRef(okr::KeyResultId("kr1"), 0);
    REQUIRE(okr::setField(h, plan, first, "date", okr::Date{2026, 4, 20}));
    const auto& checkins = okr::findKeyResult(plan, okr::KeyResultId("kr1"))->checkins;
    CHECK(checkins[0].date == okr::Date{2026, 4, 10});
    CHECK(checkins[1].date == okr::Date{2026, 4, 20});
    CHECK(*checkins[1].value == 1);
}
