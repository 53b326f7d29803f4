#include "compiler/block_parser.hpp"

namespace migc {

BlockParser::BlockParser(Project& project, const SourceFiles& files, const grammar::Variables& vars, ParseDepth depth,
                         const Diagnostics& diags, std::uint32_t ahead)
    : project_(project), files_(files), vars_(vars), depth_(depth), mark_(diags.items().size()), ahead_(ahead),
      state_(project.revisions.size()), diags_(project.revisions.size()),
      worker_([this](std::stop_token stop) {
          // File order: for a chain named in order it is also the check's order.
          std::uint32_t parsed = 0;
          for (std::size_t rev = 0; rev < state_.size() && !stop.stop_requested(); ++rev) {
              // Unbounded until the check starts: the graph is being built then,
              // and every revision parsed is one the check will not wait for.
              for (std::uint32_t r; !unbounded_.load(std::memory_order_acquire) &&
                                    (r = reached_.load(std::memory_order_acquire)) > 0 && parsed >= r + ahead_;) {
                  free_retired();
                  reached_.wait(r);
              }
              if (rev % kNotifyEvery == 0) free_retired();
              if (claim(rev)) parse(rev), ++parsed;
          }
          // Every block parsed: the thread stays to free what the check
          // retires, woken as the check goes on, until finish().
          while (!stop.stop_requested()) {
              std::uint32_t w = wake_.load(std::memory_order_acquire);
              if (finishing_.load(std::memory_order_acquire)) break;
              free_retired();
              wake_.wait(w);
          }
      }) {}

BlockParser::~BlockParser() {
    worker_.request_stop();
    unbound();
}

void BlockParser::unbound() {
    unbounded_.store(true, std::memory_order_release);
    reached_.fetch_add(1, std::memory_order_release);  // a change the worker's wait sees
    reached_.notify_all();
    wake_.fetch_add(1, std::memory_order_release);
    wake_.notify_all();
}

bool BlockParser::claim(std::size_t rev) {
    int waiting = kWaiting;
    return state_[rev].compare_exchange_strong(waiting, kParsing, std::memory_order_acquire);
}

void BlockParser::parse(std::size_t rev) {
    ast::RevisionFile& file = project_.revisions[rev];
    bool ok = grammar::parse_revision_blocks(files_, project_.files[rev], vars_, diags_[rev], file,
                                             project_.blocks_at[rev]);
    // An upgrade never reads a downgrade block: its syntax is checked, its AST dropped.
    if (depth_ == ParseDepth::UpgradeBlocks) free_block(project_, rev, false);
    project_.broken[rev] = ok ? 0 : 1;
    state_[rev].store(kParsed, std::memory_order_release);
    state_[rev].notify_all();
}

void BlockParser::retire(std::size_t rev, bool upgrade) {
    std::lock_guard lock(retired_mutex_);
    retired_.emplace_back(rev, upgrade);
    if (retired_.size() % kNotifyEvery == 0) {
        wake_.fetch_add(1, std::memory_order_release);
        wake_.notify_one();
    }
}

void BlockParser::free_retired() {
    std::vector<std::pair<std::size_t, bool>> retired;
    {
        std::lock_guard lock(retired_mutex_);
        retired.swap(retired_);
    }
    for (auto [rev, upgrade] : retired) free_block(project_, rev, upgrade);
}

void BlockParser::await(std::size_t rev) {
    std::uint32_t reached = reached_.fetch_add(1, std::memory_order_release) + 1;
    if (reached % kNotifyEvery == 0) reached_.notify_one();
    if (state_[rev].load(std::memory_order_acquire) == kParsed) return;
    if (claim(rev)) return parse(rev);
    for (int s; (s = state_[rev].load(std::memory_order_acquire)) != kParsed;) state_[rev].wait(s);
}

void BlockParser::finish(Diagnostics& diags) {
    finishing_.store(true, std::memory_order_release);  // before unbound()'s wake-up
    unbound();
    for (std::size_t rev = state_.size(); rev-- > 0;)
        if (claim(rev)) parse(rev);
    for (std::size_t rev = 0; rev < state_.size(); ++rev) await(rev);
    worker_.join();
    free_retired();  // what the thread had not come to
    std::vector<Diagnostic> parsed;
    for (auto& d : diags_)
        for (const auto& item : d.items()) parsed.push_back(item);
    diags.insert(mark_, std::move(parsed));
}

}  // namespace migc
