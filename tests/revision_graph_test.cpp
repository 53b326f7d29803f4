// The revision graph against Alembic's behaviour (SPEC 3). Expected orders and
// rows are reasoned from alembic/script/revision.py (_topological_sort,
// _collect_*_revisions, _walk) and alembic/runtime/migration.py (the should_*
// rules); many graphs are the ones of Alembic's tests/test_version_traversal.py,
// whose expectations they repeat.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "compiler/plan/walk.hpp"
#include "compiler/revision_graph.hpp"
#include "compiler/target_parser.hpp"

using namespace migc;

namespace {

// Revision `i` of a graph lives in file i: its id at offset 0, parent j at
// 100 + j, dependency j at 200 + j, label j at 300 + j.
struct Rev {
    std::string id;
    std::vector<std::string> parents = {};
    std::vector<std::string> depends_on = {};
    std::vector<std::string> labels = {};
};

std::vector<RevisionHeader> headers(const std::vector<Rev>& revs) {
    std::vector<RevisionHeader> out;
    for (std::size_t i = 0; i < revs.size(); ++i) {
        const auto file = static_cast<FileId>(i);
        RevisionHeader h;
        h.id = revs[i].id;
        h.id_where = {file, 0, static_cast<std::uint32_t>(h.id.size())};
        auto at = [&](std::uint32_t base, std::size_t j) {
            auto begin = base + static_cast<std::uint32_t>(j);
            return Location{file, begin, begin + 1};
        };
        h.parents = revs[i].parents;
        h.depends_on = revs[i].depends_on;
        h.labels = revs[i].labels;
        for (std::size_t j = 0; j < h.parents.size(); ++j) h.parents_where.push_back(at(100, j));
        for (std::size_t j = 0; j < h.depends_on.size(); ++j) h.depends_on_where.push_back(at(200, j));
        for (std::size_t j = 0; j < h.labels.size(); ++j) h.labels_where.push_back(at(300, j));
        h.message = "rev " + h.id;
        out.push_back(std::move(h));
    }
    return out;
}

RevisionGraph build(const std::vector<Rev>& revs) {
    Diagnostics diags;
    auto graph = RevisionGraph::build(headers(revs), diags);
    INFO(fmt::format("{}", diags.items().empty() ? "" : diags.items().front().message));
    REQUIRE(graph);
    REQUIRE(!diags.has_errors());
    return std::move(*graph);
}

std::string row(const VersionRowChange& c) {
    switch (c.kind) {
    case VersionRowChange::Kind::Insert: return "INSERT " + c.to;
    case VersionRowChange::Kind::Delete: return "DELETE " + c.from;
    case VersionRowChange::Kind::Update: return "UPDATE " + c.from + "->" + c.to;
    }
    return {};
}

std::string rows(const std::vector<VersionRowChange>& changes);

// A stamp plan's rows, all steps in order.
std::string stamp_rows(const Plan& plan) {
    std::vector<VersionRowChange> all;
    for (const auto& s : plan.stamps) all.insert(all.end(), s.rows.begin(), s.rows.end());
    return rows(all);
}

std::string rows(const std::vector<VersionRowChange>& changes) {
    std::vector<std::string> out;
    for (const auto& c : changes) out.push_back(row(c));
    return fmt::format("{}", fmt::join(out, "; "));
}

// One line per step: "c2: UPDATE b->c2".
std::vector<std::string> steps(const RevisionGraph& g, const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& s : plan.steps) out.push_back(g.revisions()[s.revision].id + ": " + rows(s.rows));
    return out;
}

std::vector<std::string> order(const RevisionGraph& g, const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& s : plan.steps) out.push_back(g.revisions()[s.revision].id);
    return out;
}

using Strings = std::vector<std::string>;

enum class Command { Upgrade, Downgrade, Stamp };

std::optional<Plan> plan(const RevisionGraph& g, Command c, std::string_view start, std::string_view target,
                         Diagnostics& diags) {
    return c == Command::Upgrade     ? plan_upgrade(g, start, target, diags)
           : c == Command::Downgrade ? plan_downgrade(g, start, target, diags)
                                     : plan_stamp(g, start, target, diags);
}

Plan succeed(const RevisionGraph& g, Command c, std::string_view start, std::string_view target) {
    Diagnostics diags;
    auto result = plan(g, c, start, target, diags);
    INFO(fmt::format("{}:{}: {}", start, target, diags.items().empty() ? "" : diags.items().front().message));
    REQUIRE(result);
    return *result;
}

Plan up(const RevisionGraph& g, std::string_view start, std::string_view target) {
    return succeed(g, Command::Upgrade, start, target);
}
Plan down(const RevisionGraph& g, std::string_view start, std::string_view target) {
    return succeed(g, Command::Downgrade, start, target);
}
Plan stamp(const RevisionGraph& g, std::string_view start, std::string_view target) {
    return succeed(g, Command::Stamp, start, target);
}

// The messages of a failed plan, joined by " | ".
std::string failure(const RevisionGraph& g, Command c, std::string_view start, std::string_view target) {
    Diagnostics diags;
    CHECK(!plan(g, c, start, target, diags));
    CHECK(diags.has_errors());
    Strings messages;
    for (const auto& d : diags.items()) messages.push_back(d.message);
    return fmt::format("{}", fmt::join(messages, " | "));
}

std::vector<Diagnostic> build_errors(const std::vector<Rev>& revs) {
    Diagnostics diags;
    auto graph = RevisionGraph::build(headers(revs), diags);
    CHECK(!graph);
    return diags.items();
}

// Alembic's RevisionPathTest.
std::vector<Rev> chain() { return {{"a"}, {"b", {"a"}}, {"c", {"b"}}, {"d", {"c"}}, {"e", {"d"}}}; }

// Alembic's BranchedPathTest: b branches into c1 -> d1 and c2 -> d2.
std::vector<Rev> branched() {
    return {{"a"},
            {"b", {"a"}},
            {"c1", {"b"}, {}, {"c1branch"}},
            {"d1", {"c1"}},
            {"c2", {"b"}, {}, {"c2branch"}},
            {"d2", {"c2"}}};
}

// Alembic's MergedPathTest: the branches of `branched` merge into e, then f.
std::vector<Rev> merged() {
    return {{"a"},         {"b", {"a"}},  {"c1", {"b"}}, {"d1", {"c1"}}, {"c2", {"b"}, {}, {"c2branch"}},
            {"d2", {"c2"}}, {"e", {"d1", "d2"}}, {"f", {"e"}}};
}

}  // namespace

TEST_CASE("linear chain: upgrade, downgrade and partial ranges", "[revision_graph]") {
    RevisionGraph g = build(chain());
    CHECK(g.heads() == Strings{"e"});
    CHECK(g.bases() == Strings{"a"});

    Plan p = up(g, "", "head");
    CHECK(p.upgrade);
    CHECK(p.from_base);
    CHECK(p.start.empty());
    CHECK(p.end == Strings{"e"});
    CHECK(steps(g, p) ==
          Strings{"a: INSERT a", "b: UPDATE a->b", "c: UPDATE b->c", "d: UPDATE c->d", "e: UPDATE d->e"});
    // "-- Running upgrade  -> a" then "-- Running upgrade a -> b".
    CHECK(p.steps[0].from.empty());
    CHECK(p.steps[0].to == Strings{"a"});
    CHECK(p.steps[1].from == Strings{"a"});
    CHECK(p.steps[1].to == Strings{"b"});

    // test_upgrade_path
    CHECK(order(g, up(g, "c", "e")) == Strings{"d", "e"});
    Plan partial = up(g, "b", "d");
    CHECK(!partial.from_base);
    CHECK(partial.start == Strings{"b"});
    CHECK(steps(g, partial) == Strings{"c: UPDATE b->c", "d: UPDATE c->d"});

    // test_downgrade_path: back to base deletes the last row.
    Plan back = down(g, "c", "base");
    CHECK(!back.upgrade);
    CHECK(!back.from_base);
    CHECK(back.end.empty());
    CHECK(steps(g, back) == Strings{"c: UPDATE c->b", "b: UPDATE b->a", "a: DELETE a"});
    CHECK(back.steps[0].from == Strings{"c"});
    CHECK(back.steps[0].to == Strings{"b"});
    CHECK(back.steps[2].from == Strings{"a"});
    CHECK(back.steps[2].to.empty());
    CHECK(order(g, down(g, "e", "c")) == Strings{"e", "d"});
}

TEST_CASE("relative targets on a chain (test_relative_*_path)", "[revision_graph]") {
    RevisionGraph g = build(chain());
    CHECK(order(g, up(g, "a", "+2")) == Strings{"b", "c"});
    CHECK(order(g, up(g, "a", "+1")) == Strings{"b"});
    CHECK(order(g, up(g, "b", "+3")) == Strings{"c", "d", "e"});
    CHECK(order(g, up(g, "a", "b+2")) == Strings{"b", "c", "d"});
    CHECK(order(g, up(g, "a", "d-2")) == Strings{"b"});
    CHECK(order(g, up(g, "", "+1")) == Strings{"a"});      // test_upgrade_from_base_implicit
    CHECK(order(g, up(g, "", "base+1")) == Strings{"a"});  // test_upgrade_from_base
    CHECK(order(g, up(g, "b", "head-1")) == Strings{"c", "d"});

    CHECK(order(g, down(g, "c", "-1")) == Strings{"c"});
    CHECK(down(g, "c", "-1").end == Strings{"b"});
    CHECK(order(g, down(g, "e", "-3")) == Strings{"e", "d", "c"});
    CHECK(order(g, down(g, "d", "a+2")) == Strings{"d"});
    CHECK(order(g, down(g, "d", "c-2")) == Strings{"d", "c", "b"});
    // -N may reach base exactly (test_downgrade_minus1_to_base).
    CHECK(steps(g, down(g, "a", "-1")) == Strings{"a: DELETE a"});

    // test_invalid_relative_*_path, with migc's wording.
    CHECK(failure(g, Command::Upgrade, "b", "-2") ==
          "'-2' counts down from the start, but an upgrade goes up: give +N, a revision or head, or use downgrade");
    CHECK(failure(g, Command::Upgrade, "b", "+5") == "'+5' overshoots: walking up from b stops at e after 3 step(s)");
    CHECK(failure(g, Command::Downgrade, "b", "-5") ==
          "'-5' overshoots: walking down from b reaches base after 2 step(s)");
    CHECK(failure(g, Command::Downgrade, "b", "+2") ==
          "'+2' goes up from the start, but a downgrade goes down: give -N, a revision or base, or use upgrade");
}

TEST_CASE("branch point: the first-loaded head's branch is upgraded last", "[revision_graph]") {
    RevisionGraph g = build(branched());
    CHECK(g.heads() == Strings{"d1", "d2"});

    // test_upgrade_multiple_branch: the walk goes down from d1 (loaded first),
    // so reversed, c2's branch runs first. c1 finds b gone: a new row.
    Plan p = up(g, "a", "heads");
    CHECK(steps(g, p) == Strings{"b: UPDATE a->b", "c2: UPDATE b->c2", "d2: UPDATE c2->d2", "c1: INSERT c1",
                                 "d1: UPDATE c1->d1"});
    CHECK(p.end == Strings{"d2", "d1"});

    // test_downgrade_multiple_branch: d1's branch first; c1 is deleted because
    // b stays implied by the other head.
    Plan d = down(g, "d1,d2", "a");
    CHECK(steps(g, d) == Strings{"d1: UPDATE d1->c1", "c1: DELETE c1", "d2: UPDATE d2->c2", "c2: UPDATE c2->b",
                                 "b: UPDATE b->a"});
    CHECK(d.end == Strings{"a"});

    // Partial ranges that stop inside a branch.
    CHECK(steps(g, up(g, "", "d1")) ==
          Strings{"a: INSERT a", "b: UPDATE a->b", "c1: UPDATE b->c1", "d1: UPDATE c1->d1"});
    Plan rest = up(g, "d1", "heads");
    CHECK(steps(g, rest) == Strings{"c2: INSERT c2", "d2: UPDATE c2->d2"});
    CHECK(rest.end == Strings{"d1", "d2"});
    // test_upgrade_single_branch
    CHECK(steps(g, up(g, "b", "d1")) == Strings{"c1: UPDATE b->c1", "d1: UPDATE c1->d1"});
    CHECK(steps(g, down(g, "d1,d2", "c2")) == Strings{"d2: UPDATE d2->c2"});
}

TEST_CASE("merge: the last-listed parent's branch runs first", "[revision_graph]") {
    RevisionGraph g = build(merged());
    // test_upgrade_across_merge_point. e revises (d1, d2): the walk down from f
    // follows d1 first, so on the way up d2's branch comes first; at e both
    // parents have rows: DELETE all but the last, UPDATE the last.
    Plan p = up(g, "b", "f");
    CHECK(steps(g, p) == Strings{"c2: UPDATE b->c2", "d2: UPDATE c2->d2", "c1: INSERT c1", "d1: UPDATE c1->d1",
                                 "e: DELETE d1; UPDATE d2->e", "f: UPDATE e->f"});
    const Step& merge = p.steps[4];
    CHECK(merge.from == Strings{"d1", "d2"});  // "-- Running upgrade d1, d2 -> e"
    CHECK(merge.to == Strings{"e"});

    // test_downgrade_across_merge_point. Unmerge: INSERT all but the last
    // parent, UPDATE the revision to the last.
    Plan d = down(g, "f", "b");
    CHECK(steps(g, d) == Strings{"f: UPDATE f->e", "e: INSERT d1; UPDATE e->d2", "d1: UPDATE d1->c1", "c1: DELETE c1",
                                 "d2: UPDATE d2->c2", "c2: UPDATE c2->b"});
    CHECK(d.steps[1].from == Strings{"e"});
    CHECK(d.steps[1].to == Strings{"d1", "d2"});
    CHECK(d.end == Strings{"b"});

    // Swapping the parents swaps the branch order and the surviving row.
    std::vector<Rev> swapped = merged();
    swapped[6].parents = {"d2", "d1"};
    RevisionGraph s = build(swapped);
    CHECK(steps(s, up(s, "b", "e")) == Strings{"c1: UPDATE b->c1", "d1: UPDATE c1->d1", "c2: INSERT c2",
                                               "d2: UPDATE c2->d2", "e: DELETE d2; UPDATE d1->e"});
}

TEST_CASE("three-way twin merges (Alembic TwinMergeTest)", "[revision_graph]") {
    RevisionGraph g = build({{"a"},
                             {"b1", {"a"}},
                             {"b2", {"a"}},
                             {"b3", {"a"}},
                             {"c1", {"b1", "b2", "b3"}},
                             {"c2", {"b1", "b2", "b3"}},
                             {"d1", {"c1"}},
                             {"d2", {"c2"}}});
    // The walk goes d1, c1, b1, then b2 and b3 are still needed by c2: it
    // switches to c2's line, which runs (reversed) first. c2 merges all three
    // b rows; c1 then finds none of its parents with a row and inserts itself.
    Plan p = up(g, "a", "heads");
    CHECK(steps(g, p) == Strings{"b3: UPDATE a->b3", "b2: INSERT b2", "b1: INSERT b1",
                                 "c2: DELETE b1; DELETE b2; UPDATE b3->c2", "d2: UPDATE c2->d2", "c1: INSERT c1",
                                 "d1: UPDATE c1->d1"});
    CHECK(p.end == Strings{"d2", "d1"});
}

TEST_CASE("depends_on between independent roots", "[revision_graph]") {
    // Alembic's DependsOnBranchLabelTest: c2 depends on the label c1lib.
    RevisionGraph g = build({{"a1", {}, {}, {"lib1"}},
                             {"b1", {"a1"}},
                             {"c1", {"b1"}, {}, {"c1lib"}},
                             {"a2"},
                             {"b2", {"a2"}},
                             {"c2", {"b2"}, {"c1lib"}},
                             {"d1", {"c1"}}});
    // Both roots create a row; c2's normalized down revisions are (b2, c1), both
    // with rows, so it merges them: DELETE b2, UPDATE c1 (the last) -> c2.
    Plan p = up(g, "", "c2");
    CHECK(steps(g, p) == Strings{"a1: INSERT a1", "b1: UPDATE a1->b1", "c1: UPDATE b1->c1", "a2: INSERT a2",
                                 "b2: UPDATE a2->b2", "c2: DELETE b2; UPDATE c1->c2"});
    CHECK(p.steps[5].from == Strings{"b2"});  // the Running line omits dependencies
    CHECK(order(g, up(g, "a2", "c2")) == Strings{"a1", "b1", "c1", "b2", "c2"});  // test_upgrade_path
    // c1 lost its row to c2: d1 starts a new one.
    CHECK(steps(g, up(g, "c2", "d1")) == Strings{"d1: INSERT d1"});
    // heads counts c1's dependent; head does not: c2 and d1 are both heads.
    CHECK(g.heads() == Strings{"c2", "d1"});
    // test_downgrade_to_dependency: c1 stays implied by c2, so d1's row goes.
    Plan d = down(g, "c2,d1", "c1");
    CHECK(steps(g, d) == Strings{"d1: DELETE d1"});
    CHECK(d.end == Strings{"c2"});
}

TEST_CASE("depends_on a root takes over its row (DependsOnBranchTestFive)", "[revision_graph]") {
    RevisionGraph g = build({{"a1"}, {"b1", {}, {"a1"}}, {"bmerge", {"a1", "b1"}}});
    CHECK(g.bases() == Strings{"a1", "b1"});
    CHECK(steps(g, up(g, "a1", "b1")) == Strings{"b1: UPDATE a1->b1"});
    CHECK(steps(g, up(g, "b1", "bmerge")) == Strings{"bmerge: UPDATE b1->bmerge"});
    // bmerge's parent a1 is implied by b1, so only b1 gets its row back.
    CHECK(steps(g, down(g, "bmerge", "a1")) == Strings{"bmerge: UPDATE bmerge->b1"});
    CHECK(down(g, "bmerge", "b1").end == Strings{"b1"});
}

TEST_CASE("depends_on normalization", "[revision_graph]") {
    // d's dependency on a is implied by its parent c: dropped.
    RevisionGraph g = build({{"a"}, {"b", {"a"}}, {"c", {"b"}}, {"d", {"c"}, {"a"}}});
    auto index = [&](std::string_view id) { return *g.find(id); };
    CHECK(g.down_revisions(index("d")) == std::vector<std::size_t>{index("c")});
    CHECK(steps(g, down(g, "d", "c")) == Strings{"d: UPDATE d->c"});

    // DependsOnBranchTestFour: b2 already depends on a3, so b4's dependency on
    // a3 is dropped and downgrading b4 gives back b3 only.
    RevisionGraph f = build({{"a1"}, {"a2", {"a1"}}, {"a3", {"a2"}}, {"b1"}, {"b2", {"b1"}, {"a3"}},
                             {"b3", {"b2"}}, {"b4", {"b3"}, {"a3"}}});
    CHECK(f.down_revisions(*f.find("b4")) == std::vector<std::size_t>{*f.find("b3")});
    CHECK(f.down_revisions(*f.find("b2")) == std::vector<std::size_t>{*f.find("b1"), *f.find("a3")});
    Plan d = down(f, "b4", "b3");
    CHECK(steps(f, d) == Strings{"b4: UPDATE b4->b3"});
    CHECK(d.end == Strings{"b3"});
}

TEST_CASE("downgrade past a criss-cross of dependencies (DependsOnBranchTestThree)", "[revision_graph]") {
    RevisionGraph g = build({{"a1"}, {"a2", {"a1"}}, {"b1"}, {"b2", {"b1"}, {"a2"}}, {"b3", {"b2"}},
                             {"a3", {"a2"}, {"b1"}}});
    // b2's down revisions (b1, a2) are both implied by a3: its row just goes.
    Plan d = down(g, "a3,b2", "b1");
    CHECK(steps(g, d) == Strings{"b2: DELETE b2"});
    CHECK(d.end == Strings{"a3"});
}

TEST_CASE("a dependent head and an unmerge with other heads (DependsOnBranchTestTwo)", "[revision_graph]") {
    RevisionGraph g = build({{"a1"}, {"a2"}, {"a3"}, {"amerge", {"a1", "a2", "a3"}}, {"b1"}, {"b2"},
                             {"bmerge", {"b1", "b2"}}, {"c1"}, {"c2"}, {"c3"}, {"cmerge", {"c1", "c2", "c3"}},
                             {"d1", {}, {"a3", "b2", "c1"}}});
    // b2 stays implied by d1, so bmerge gives back b1 only.
    Plan p = down(g, "amerge,bmerge,cmerge,d1", "b2");
    CHECK(steps(g, p) == Strings{"bmerge: UPDATE bmerge->b1"});
    CHECK(p.end == Strings{"amerge", "b1", "cmerge", "d1"});
    // "d1@base": d1 stands for its branch, whose only root is d1 itself; b2
    // must come back because nothing else implies it.
    Plan q = down(g, "amerge,d1,b1,cmerge", "d1@base");
    CHECK(steps(g, q) == Strings{"d1: UPDATE d1->b2"});
    CHECK(q.end == Strings{"amerge", "b2", "b1", "cmerge"});
}

TEST_CASE("a forest: upgrade heads, and head needs one", "[revision_graph]") {
    // ForestTest: the walk starts from b1 (loaded first), so a2's tree runs first.
    RevisionGraph g = build({{"a1"}, {"b1", {"a1"}}, {"a2"}, {"b2", {"a2"}}});
    CHECK(steps(g, up(g, "base", "heads")) ==
          Strings{"a2: INSERT a2", "b2: UPDATE a2->b2", "a1: INSERT a1", "b1: UPDATE a1->b1"});
    CHECK(failure(g, Command::Upgrade, "", "head") ==
          "Multiple head revisions are present for 'head': b1, b2; give label@head, a revision, or heads");
    // Input (sorted path) order decides: the other order flips the trees.
    RevisionGraph r = build({{"a2"}, {"b2", {"a2"}}, {"a1"}, {"b1", {"a1"}}});
    CHECK(order(r, up(r, "", "heads")) == Strings{"a1", "b1", "a2", "b2"});
}

TEST_CASE("multiple heads: the note lists the label@head targets", "[revision_graph]") {
    RevisionGraph g = build(branched());
    Diagnostics diags;
    CHECK(!plan_upgrade(g, "", "head", diags));
    REQUIRE(diags.items().size() == 1);
    const Diagnostic& d = diags.items().front();
    CHECK(!d.where);
    CHECK(d.message == "Multiple head revisions are present for 'head': d1, d2; give label@head, a revision, or heads");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].message == "targets for one head: c1branch@head (d1), c2branch@head (d2)");

    // `rev@head` and `label@head` for a shared revision: b lies on both lines.
    CHECK(failure(g, Command::Upgrade, "", "b@head") ==
          "Multiple head revisions are present for 'b@head': d1, d2; give label@head, a revision, or heads");
}

TEST_CASE("target forms", "[revision_graph]") {
    RevisionGraph g = build(branched());
    CHECK(order(g, up(g, "", "heads")) == Strings{"a", "b", "c2", "d2", "c1", "d1"});
    CHECK(order(g, up(g, "", "c1branch@head")) == Strings{"a", "b", "c1", "d1"});
    CHECK(order(g, up(g, "", "c2branch@heads")) == Strings{"a", "b", "c2", "d2"});
    CHECK(order(g, up(g, "", "c2@head")) == Strings{"a", "b", "c2", "d2"});    // rev@head
    CHECK(order(g, up(g, "b", "c2branch@c2")) == Strings{"c2"});                // label@rev
    CHECK(order(g, up(g, "b", "c2branch")) == Strings{"c2"});                   // a label names its revision
    CHECK(order(g, up(g, "c1", "c1+1")) == Strings{"d1"});                      // rev+N
    CHECK(order(g, up(g, "b", "c2branch@head-1")) == Strings{"c2"});           // test_relative_upgrade
    // label@+N: from c1, c2branch has no head yet; its tip is b (test_upgrade_other_branch_from_mergepoint).
    CHECK(steps(g, up(g, "c1", "c2branch@+1")) == Strings{"c2: INSERT c2"});
    CHECK(order(g, up(g, "c1,c2", "c2branch@+1")) == Strings{"d2"});           // test_upgrade_one_branch_of_heads

    // Downgrade forms. label@rev limits the downgrade to that branch.
    CHECK(steps(g, down(g, "c1,d2", "c1branch@b")) == Strings{"c1: DELETE c1"});
    CHECK(order(g, down(g, "c1,d2", "c2branch@b")) == Strings{"d2", "c2"});
    CHECK(order(g, down(g, "d1,d2", "c2@b")) == Strings{"d2", "c2"});           // a revision names its branch
    CHECK(order(g, down(g, "d1,d2", "d1@b")) == Strings{"d1", "c1"});
    CHECK(order(g, down(g, "d1,d2", "c1branch@head-1")) == Strings{"d1"});  // ..._relative_to_branch_head
    CHECK(order(g, down(g, "d1,d2", "c1branch@-1")) == Strings{"d1"});          // ..._left_unbalanced_labelled
    CHECK(down(g, "d1,d2", "c1branch@-1").end == Strings{"c1", "d2"});
    CHECK(order(g, down(g, "d2,c1", "d2-1")) == Strings{"d2"});                 // test_downgrade_relative_order_right
    // base+2 is b: everything above it goes (test_relative_downgrade_baseplus2) ...
    CHECK(order(g, down(g, "d2,d1", "base+2")) == Strings{"d1", "c1", "d2", "c2"});
    // ... but label@base+2 walks up c2branch only and downgrades that branch.
    Plan branch_only = down(g, "d2,d1", "c2branch@base+2");
    CHECK(order(g, branch_only) == Strings{"d2", "c2"});
    CHECK(branch_only.end == Strings{"d1"});
    CHECK(order(g, down(g, "d2,d1", "c2branch@base+3")) == Strings{"d2"});     // ... == c2

    // Unique prefixes (any length) of full ids.
    RevisionGraph h = build({{"ab12"}, {"ab34", {"ab12"}}, {"cd56", {"ab34"}}});
    CHECK(order(h, up(h, "", "ab3")) == Strings{"ab12", "ab34"});
    CHECK(order(h, up(h, "ab1", "c")) == Strings{"ab34", "cd56"});
}

TEST_CASE("target errors", "[revision_graph]") {
    RevisionGraph g = build(branched());
    // Walking up from b must choose a branch: name the branch point.
    CHECK(failure(g, Command::Upgrade, "b", "+1") ==
          "'+1' crosses branch point 'b' (children c1, c2); give label@+N or a revision");
    CHECK(failure(g, Command::Upgrade, "c1,c2", "+1") ==
          "'+1' is ambiguous: the start has several heads (c1, c2); give label@+N or REV+N");
    CHECK(failure(g, Command::Downgrade, "d1,d2", "-1") ==
          "'-1' is ambiguous: the start has several heads (d1, d2); give label@-N or REV-N");
    CHECK(failure(g, Command::Upgrade, "", "c1branch@d2") ==
          "revision 'd2' is not on branch 'c1branch' (in 'c1branch@d2')");
    CHECK(failure(g, Command::Upgrade, "", "nobranch@head") == "unknown branch label 'nobranch' in 'nobranch@head'");
    CHECK(failure(g, Command::Upgrade, "", "zz") == "no revision or branch label 'zz'");
    CHECK(failure(g, Command::Downgrade, "d1", "c") == "ambiguous revision 'c': c1, c2");

    RevisionGraph m = build(merged());
    CHECK(failure(m, Command::Downgrade, "f", "e-1") ==
          "'e-1' crosses merge point 'e' (parents d1, d2); give a revision");
    CHECK(failure(m, Command::Upgrade, "", "heads+1").starts_with("'heads+1' is not a revision target"));

    RevisionGraph h = build({{"ab12"}, {"ab34", {"ab12"}}});
    CHECK(failure(h, Command::Upgrade, "", "ab") == "ambiguous revision 'ab': ab12, ab34");

    // Did-you-mean points at the file of the close name.
    Diagnostics diags;
    CHECK(!plan_upgrade(h, "", "ab35", diags));
    REQUIRE(diags.items().size() == 1);
    REQUIRE(diags.items()[0].notes.size() == 1);
    CHECK(diags.items()[0].notes[0].message == "did you mean 'ab34'?");
    CHECK(diags.items()[0].notes[0].where->file == 1);
}

TEST_CASE("malformed targets and ranges", "[revision_graph]") {
    RevisionGraph g = build(chain());
    CHECK(failure(g, Command::Upgrade, "", "a:b") ==
          "'a:b' is not a revision target: ':' separates START:END, once per range");
    CHECK(failure(g, Command::Upgrade, "", "c@") ==
          "'c@' is not a revision target: give a revision after '@', e.g. 'c@head'");
    CHECK(failure(g, Command::Upgrade, "", "@head") ==
          "'@head' is not a revision target: a branch label must come before '@'");
    CHECK(failure(g, Command::Upgrade, "", "c+x") == "'c+x' is not a revision target: 'x' is not a number of steps");
    CHECK(failure(g, Command::Upgrade, "", "c+0") ==
          "'c+0' is not a revision target: a relative step must be at least 1");
    CHECK(failure(g, Command::Upgrade, "", "") == "empty revision target");
    CHECK(failure(g, Command::Upgrade, "a,,b", "e") == "the start 'a,,b' has an empty element; give heads as 'c3,d4'");
    CHECK(failure(g, Command::Upgrade, "-1", "e") ==
          "'-1' is relative, but a start must name revisions (e.g. 'c3,d4' or 'head')");
    CHECK(failure(g, Command::Upgrade, "b,d", "e") ==
          "the start lists 'b' and 'd', but 'b' is an ancestor of 'd': list only 'd'");

    // Never an empty plan in silence.
    CHECK(failure(g, Command::Upgrade, "c", "c") == "empty range: the start is already at 'c' (c); nothing to upgrade");
    CHECK(failure(g, Command::Upgrade, "d", "b") ==
          "backwards range: 'b' (b) lies below the start (d); use downgrade to go back");
    CHECK(failure(g, Command::Upgrade, "d", "base") ==
          "backwards range: 'base' (base) lies below the start (d); use downgrade to go back");
    CHECK(failure(g, Command::Downgrade, "", "base") ==
          "an offline downgrade needs a start: give START:END, e.g. 'head:base'");
    CHECK(failure(g, Command::Downgrade, "c", "c") ==
          "empty range: the start is already at 'c' (c); nothing to downgrade");
    CHECK(failure(g, Command::Downgrade, "b", "d") ==
          "backwards range: 'd' (d) lies above the start (b); use upgrade to go forward");

    RevisionGraph b = build(branched());
    CHECK(failure(b, Command::Downgrade, "d1", "c2") == "nothing to downgrade: 'c2' (c2) is not below the start (d1)");
}

TEST_CASE("stamp", "[revision_graph]") {
    RevisionGraph forest = build({{"a1"}, {"b1", {"a1"}}, {"a2"}, {"b2", {"a2"}}});
    // test_stamp_to_heads: from an empty table, one INSERT per head.
    Plan p = stamp(forest, "", "heads");
    CHECK(p.steps.empty());
    CHECK(p.from_base);
    CHECK(stamp_rows(p) == "INSERT b1; INSERT b2");
    CHECK(p.end == Strings{"b1", "b2"});
    CHECK(failure(forest, Command::Stamp, "b1,b2", "heads") ==
          "nothing to stamp: the version table already matches 'heads' (b1, b2)");  // ..._no_moves_needed

    RevisionGraph g = build(branched());
    // test_stamp_down_across_multiple_branch_to_branchpoint
    Plan down_to_b = stamp(g, "d1,c2", "b");
    CHECK(stamp_rows(down_to_b) == "DELETE d1; UPDATE c2->b");
    CHECK(!down_to_b.upgrade);
    CHECK(stamp_rows(stamp(g, "d1,c2", "c1branch@base")) == "DELETE d1");  // test_stamp_to_labeled_base_...
    CHECK(stamp_rows(stamp(g, "d1,c2", "c2branch@head")) == "UPDATE c2->d2");  // test_stamp_to_labeled_head_...
    // Each destination moves only the heads on its own line: d1 keeps its row
    // (Alembic would fold d1 into d2 here, losing it).
    Plan both = stamp(g, "d1,c2", "heads");
    CHECK(stamp_rows(both) == "UPDATE c2->d2");
    CHECK(both.end == Strings{"d1", "d2"});
    // A destination unrelated to every start head gets its own row.
    CHECK(stamp_rows(stamp(g, "c1", "c2")) == "INSERT c2");
    Plan to_base = stamp(g, "d1,d2", "base");
    CHECK(stamp_rows(to_base) == "DELETE d1; DELETE d2");
    CHECK(to_base.end.empty());
    CHECK(failure(g, Command::Stamp, "", "base") ==
          "nothing to stamp: the version table already matches 'base' (empty)");

    RevisionGraph m = build(merged());
    CHECK(stamp_rows(stamp(m, "e", "c2")) == "UPDATE e->c2");            // ..._down_across_merge_point_branch
    CHECK(stamp_rows(stamp(m, "e", "a")) == "UPDATE e->a");              // ..._merge_prior_branching
    CHECK(stamp_rows(stamp(m, "c2", "e")) == "UPDATE c2->e");            // ..._from_single_branch
    CHECK(stamp_rows(stamp(m, "d1,c2", "c2branch@head")) == "DELETE d1; UPDATE c2->f");
    CHECK(stamp_rows(stamp(m, "d1,c2", "e")) == "DELETE d1; UPDATE c2->e");
    CHECK(stamp_rows(stamp(m, "b", "e")) == "UPDATE b->e");
    // Each stamp step is one Alembic StampStep: "-- Running stamp_revision d1, c2 -> e".
    auto merged = stamp(m, "d1,c2", "e");
    REQUIRE(merged.stamps.size() == 1);
    CHECK(merged.stamps[0].from == std::vector<std::string>{"d1", "c2"});
    CHECK(merged.stamps[0].to == std::vector<std::string>{"e"});
    CHECK(stamp(m, "b", "e").upgrade);

    // test_stamp_across_dependency (DependsOnBranchTestOne): c2 depends on c1,
    // so both heads descend from b1 and collapse onto it.
    RevisionGraph dep = build({{"a1", {}, {}, {"lib1"}}, {"b1", {"a1"}}, {"c1", {"b1"}}, {"a2"}, {"b2", {"a2"}},
                               {"c2", {"b2"}, {"c1"}}, {"d1", {"c1"}}, {"e1", {"d1"}}, {"f1", {"e1"}}});
    Plan s = stamp(dep, "e1,c2", "b1");
    CHECK(stamp_rows(s) == "DELETE e1; UPDATE c2->b1");
    CHECK(s.end == Strings{"b1"});
}

TEST_CASE("stamp several targets", "[revision_graph]") {
    // Alembic's `stamp REV REV...`, e.g. two independent heads at once
    // (StampMultipleHeadsTest); checked against Alembic's _stamp_revs and
    // HeadMaintainer: the same rows in the end.
    auto several = [](const RevisionGraph& g, std::string_view start, const Strings& targets) {
        Diagnostics diags;
        auto plan = plan_stamp(g, start, targets, diags);
        INFO((diags.items().empty() ? std::string() : diags.items().front().message));
        REQUIRE(plan);
        return *plan;
    };
    auto refused = [](const RevisionGraph& g, std::string_view start, const Strings& targets) {
        Diagnostics diags;
        CHECK(!plan_stamp(g, start, targets, diags));
        REQUIRE(diags.items().size() == 1);
        return diags.items().front().message;
    };
    RevisionGraph g = build(branched());
    Plan fresh = several(g, "", {"d1", "d2"});
    CHECK(stamp_rows(fresh) == "INSERT d1; INSERT d2");
    CHECK(fresh.from_base);
    CHECK(fresh.end == Strings{"d1", "d2"});
    // test_sql_stamp_multi_rev_from_multi_start: b to c1 and d2.
    Plan from_b = several(g, "b", {"c1", "d2"});
    CHECK(stamp_rows(from_b) == "UPDATE b->c1; INSERT d2");
    CHECK(from_b.end == Strings{"c1", "d2"});
    // Each destination moves the head on its own line.
    CHECK(stamp_rows(several(g, "c1,c2", {"d1", "d2"})) == "UPDATE c1->d1; UPDATE c2->d2");
    CHECK(stamp_rows(several(g, "d1,d2", {"c1", "c2"})) == "UPDATE d1->c1; UPDATE d2->c2");
    CHECK(stamp_rows(several(g, "d1,d2", {"c1branch@base", "c2branch@base"})) == "DELETE d1; DELETE d2");
    CHECK(stamp_rows(several(g, "c1", {"d1", "d1"})) == "UPDATE c1->d1");  // named twice, stamped once
    CHECK(stamp_rows(several(g, "d1", {"d1", "d2"})) == "INSERT d2");  // d1 is there already
    // Alembic writes both rows here ("nonsensical" in its own tests), which no
    // later upgrade accepts; base with revisions it silently drops.
    CHECK(refused(g, "", {"b", "d1"}) ==
          "stamp 'b d1': b is an ancestor of d1; the version table holds one row per branch, its head");
    CHECK(refused(g, "d1", {"base", "d2"}) == "stamp 'base d2': base cannot be stamped together with revisions (d2)");
    CHECK(refused(g, "d1,d2", {"d1", "d2"}) == "nothing to stamp: the version table already matches 'd1 d2' (d1, d2)");
}

TEST_CASE("branch labels are inherited along their branch", "[revision_graph]") {
    // On a line without branch points the label reaches down to the base.
    RevisionGraph line = build({{"a"}, {"b", {"a"}, {}, {"core"}}, {"c", {"b"}}});
    for (std::size_t i = 0; i < 3; ++i) CHECK(line.branch_labels(i) == Strings{"core"});

    // Above a branch point it stops there; past a merge it carries on upward.
    RevisionGraph m = build(merged());
    auto labels = [&](std::string_view id) { return m.branch_labels(*m.find(id)); };
    CHECK(labels("c2") == Strings{"c2branch"});
    CHECK(labels("d2") == Strings{"c2branch"});
    CHECK(labels("e") == Strings{"c2branch"});
    CHECK(labels("f") == Strings{"c2branch"});
    CHECK(labels("b").empty());
    CHECK(labels("d1").empty());
}

TEST_CASE("validation reports every problem at once", "[revision_graph]") {
    // Each message in order, with where it points.
    auto errors = build_errors({
        {"a"},
        {"a", {"nope"}},                                       // duplicate id; its parent is not checked
        {"b", {"a", "a"}},                                     // revises twice
        {"c", {"bb"}},                                         // missing parent, did you mean b
        {"d", {"c"}, {"zzz"}},                                 // missing dependency
        {"bad-id"},                                            // '-' rejected
        {"x23456789012345678901234567890123"},                 // 33 characters
        {"e", {}, {}, {"lab", "lab"}},                         // duplicate label
        {"f", {}, {}, {"b"}},                                  // label equal to an id
    });
    Strings messages;
    for (const auto& d : errors) messages.push_back(d.message);
    // Ids first (file by file), then labels, then references.
    CHECK(messages == Strings{
                          "duplicate revision id 'a'",
                          "revision id 'bad-id' contains '-': it may hold only letters, digits and '_' ('@ - + :' "
                          "would be read as target syntax)",
                          "revision id 'x23456789012345678901234567890123' is 33 characters long; the version table "
                          "holds at most 32",
                          "duplicate branch label 'lab'",
                          "branch label 'b' is also a revision id",
                          "revision 'b' revises 'a' twice",
                          "revision 'c' revises 'bb', which does not exist",
                          "revision 'd' depends on 'zzz', which is neither a revision nor a branch label",
                      });
    REQUIRE(errors.size() == 8);
    // The duplicate points at the second file, its note at the first.
    CHECK(errors[0].where->file == 1);
    REQUIRE(errors[0].notes.size() == 1);
    CHECK(errors[0].notes[0].where->file == 0);
    CHECK(errors[0].notes[0].message == "'a' is first defined here");
    // A missing parent points at the reference and suggests the close id, in its file.
    CHECK(errors[6].where->file == 3);
    CHECK(errors[6].where->begin == 100);
    REQUIRE(errors[6].notes.size() == 1);
    CHECK(errors[6].notes[0].message == "did you mean 'b'?");
    CHECK(errors[6].notes[0].where->file == 2);
    // Labels: second declaration, and the id's own file.
    CHECK(errors[3].where->begin == 301);
    CHECK(errors[3].notes[0].where->begin == 300);
    CHECK(errors[4].notes[0].where->file == 2);
}

TEST_CASE("every cycle is reported, even one that leaves a head and a base", "[revision_graph]") {
    // x revises base0 and y, y revises x, top revises y: top is a head and
    // base0 a base, and every revision lies between them, so Alembic's
    // _detect_cycles sees nothing (it then plans "UPDATE y->top" from an empty
    // table). p -> q -> r -> p closes through a dependency; s revises itself.
    auto errors = build_errors({{"base0"},
                                {"x", {"base0", "y"}},
                                {"y", {"x"}},
                                {"top", {"y"}},
                                {"p", {"q"}},
                                {"q", {"r"}},
                                {"r", {}, {"p"}},
                                {"s", {"s"}}});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].message == "revision cycle: 'x' revises 'y', 'y' revises 'x'");
    CHECK(errors[0].where->file == 1);
    CHECK(errors[0].where->begin == 101);  // the second parent of x
    REQUIRE(errors[0].notes.size() == 1);
    CHECK(errors[0].notes[0].message == "'y' revises 'x' here");
    CHECK(errors[0].notes[0].where->file == 2);
    CHECK(errors[1].message == "revision cycle: 'p' revises 'q', 'q' revises 'r', 'r' depends on 'p'");
    REQUIRE(errors[1].notes.size() == 2);
    CHECK(errors[1].notes[1].where->file == 6);
    CHECK(errors[1].notes[1].where->begin == 200);
    CHECK(errors[2].message == "revision cycle: 's' revises 's'");
}

TEST_CASE("redundant parents are a warning, and rows stay consistent", "[revision_graph]") {
    // m revises b and its ancestor a: Alembic's merge would try to DELETE a's
    // row, which is not there. migc warns and merges only what has a row.
    Diagnostics diags;
    auto g = RevisionGraph::build(headers({{"a"}, {"b", {"a"}}, {"m", {"a", "b"}}}), diags);
    REQUIRE(g);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].severity == Severity::Warning);
    CHECK(diags.items()[0].message == "revision 'm' revises 'a', which 'b' already descends from; the extra parent is "
                                      "redundant");
    CHECK(steps(*g, up(*g, "", "m")) == Strings{"a: INSERT a", "b: UPDATE a->b", "m: UPDATE b->m"});
    CHECK(steps(*g, down(*g, "m", "base")) == Strings{"m: UPDATE m->b", "b: UPDATE b->a", "a: DELETE a"});
}

TEST_CASE("target parser", "[revision_graph]") {
    std::string error;
    auto spec = parse_target("core@base+2", error);
    REQUIRE(spec);
    CHECK(spec->branch == "core");
    CHECK(spec->symbol == TargetSpec::Symbol::Base);
    CHECK(spec->relative == 2);
    spec = parse_target("-3", error);
    REQUIRE(spec);
    CHECK(spec->symbol == TargetSpec::Symbol::Current);
    CHECK(spec->relative == -3);
    spec = parse_target("ae1027a6acf@head", error);
    REQUIRE(spec);
    CHECK(spec->branch == "ae1027a6acf");
    CHECK(spec->symbol == TargetSpec::Symbol::Head);
    CHECK(!parse_target("a@b@c", error));
    CHECK(error == "'a@b@c' is not a revision target: only one '@' may appear (label@revision)");
    CHECK(!parse_target("base-1", error));
    CHECK(error == "'base-1' is not a revision target: nothing lies below base");
    CHECK(!parse_target("a,b", error));
    CHECK(error == "'a,b' is not a revision target: ',' lists several heads, which only a START may do");
}
