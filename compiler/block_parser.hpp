// The revisions' blocks parsed on a thread of their own while the caller
// builds the graph, plans and checks: `upgrade` and `downgrade` read every
// header first (the graph needs nothing else), and the statements arrive
// while the other core has something to do. The check takes each revision
// when it reaches it (await), parsing it itself if the thread has not.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

#include "compiler/diagnostics.hpp"
#include "compiler/project.hpp"
#include "grammar/parser.hpp"

namespace migc {

class BlockParser {
public:
    // `project` was loaded with deferred blocks; every diagnostic so far is
    // the loading's, and the blocks' own go right after them (finish).
    // Once the check has started, at most `ahead` revisions are parsed before
    // it reaches them: the statements the check retires are then freed and
    // reused for the next ones (the thread's own arena) instead of piling up.
    BlockParser(Project& project, const SourceFiles& files, const grammar::Variables& vars, ParseDepth depth,
                const Diagnostics& diags, std::uint32_t ahead = 4096);
    ~BlockParser();  // stops the thread: only after an exception, or in tests

    // Revision `rev`'s statements and broken flag are in the project.
    void await(std::size_t rev);
    // The check is done with a block of `rev` (`upgrade`: its upgrade block,
    // else its downgrade): the thread frees it, as it made it. glibc's malloc
    // frees fastest into the thread's own arena; freed from the checking
    // thread, every statement took the arena's lock against the parser.
    void retire(std::size_t rev, bool upgrade);
    // Every block parsed (this thread helps, from the last file down); their
    // diagnostics go into `diags` in file order, before any added since the
    // loading, as a sequential parse would have reported them.
    void finish(Diagnostics& diags);

private:
    enum State : int { kWaiting, kParsing, kParsed };
    static constexpr std::uint32_t kNotifyEvery = 256;  // awaits (or retired blocks) between two wake-ups of the thread
    bool claim(std::size_t rev);
    void parse(std::size_t rev);
    void unbound();  // lets the thread parse everything left, without waiting for the check
    void free_retired();  // on the thread: frees the blocks retired since the last call

    Project& project_;
    const SourceFiles& files_;
    const grammar::Variables& vars_;
    const ParseDepth depth_;
    const std::size_t mark_;  // where the blocks' diagnostics go
    const std::uint32_t ahead_;
    std::vector<std::atomic<int>> state_;
    std::vector<Diagnostics> diags_;  // per revision, each written by whoever parsed it
    std::atomic<std::uint32_t> reached_{0};  // revisions the check has reached (awaited)
    std::atomic<bool> unbounded_{false};
    std::atomic<bool> finishing_{false};  // the thread then stops once every block is parsed
    std::mutex retired_mutex_;
    std::vector<std::pair<std::size_t, bool>> retired_;  // (rev, upgrade), waiting for the thread
    std::atomic<std::uint32_t> wake_{0};  // bumped for the thread once all is parsed: more retired, or the end
    std::jthread worker_;             // last: it starts once everything it reads exists
};

}  // namespace migc
