#include "compiler/block_parser.hpp"

namespace migc {

BlockParser::BlockParser(Project& project, const SourceFiles& files, const grammar::Variables& vars, ParseDepth depth,
                         const Diagnostics& diags)
    : project_(project), files_(files), vars_(vars), depth_(depth), mark_(diags.items().size()),
      state_(project.revisions.size()), diags_(project.revisions.size()),
      worker_([this](std::stop_token stop) {
          // File order: for a chain named in order it is also the check's order.
          for (std::size_t rev = 0; rev < state_.size() && !stop.stop_requested(); ++rev)
              if (claim(rev)) parse(rev);
      }) {}

BlockParser::~BlockParser() { worker_.request_stop(); }

bool BlockParser::claim(std::size_t rev) {
    int waiting = kWaiting;
    return state_[rev].compare_exchange_strong(waiting, kParsing, std::memory_order_acquire);
}

void BlockParser::parse(std::size_t rev) {
    ast::RevisionFile& file = project_.revisions[rev];
    bool ok = grammar::parse_revision_blocks(files_, project_.files[rev], vars_, diags_[rev], file,
                                             project_.blocks_at[rev]);
    // An upgrade never reads a downgrade block: its syntax is checked, its AST dropped.
    if (depth_ == ParseDepth::UpgradeBlocks) std::vector<ast::Statement>().swap(file.downgrade);
    project_.broken[rev] = ok ? 0 : 1;
    state_[rev].store(kParsed, std::memory_order_release);
    state_[rev].notify_all();
}

void BlockParser::await(std::size_t rev) {
    if (state_[rev].load(std::memory_order_acquire) == kParsed) return;
    if (claim(rev)) return parse(rev);
    for (int s; (s = state_[rev].load(std::memory_order_acquire)) != kParsed;) state_[rev].wait(s);
}

void BlockParser::finish(Diagnostics& diags) {
    for (std::size_t rev = state_.size(); rev-- > 0;)
        if (claim(rev)) parse(rev);
    for (std::size_t rev = 0; rev < state_.size(); ++rev) await(rev);
    worker_.join();
    std::vector<Diagnostic> parsed;
    for (auto& d : diags_)
        for (const auto& item : d.items()) parsed.push_back(item);
    diags.insert(mark_, std::move(parsed));
}

}  // namespace migc
