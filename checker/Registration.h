//===- Registration.h - Registering the checker -----------------*- C++ -*-===//
//
// Registers storport.CallbackRace and its options with a checker registry:
// from the analyzer plugin, or in-process from storport-race-check, which
// also installs hooks to collect the facts of each translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_REGISTRATION_H
#define STORPORT_RACE_REGISTRATION_H

#include "Facts.h"
#include "StorportModel.h"

#include <functional>

namespace clang {
namespace ento {
class CheckerRegistry;
} // namespace ento
} // namespace clang

namespace storport {

/// What an in-process tool wants from the checker of the translation unit
/// being analysed on the current thread.
struct ToolHooks {
  /// Receives the facts instead of clang reporting races.
  std::function<void(TUFacts &&)> FactsSink;
  /// Adjusts the model (user configuration, lock wrappers from summaries).
  std::function<void(StorportModel &)> ExtendModel;
};

/// Hooks for checkers created on this thread (null: behave as a plugin).
void setThreadToolHooks(const ToolHooks *Hooks);

/// Adds the checker and its options to \p Registry.
void registerStorportCheckers(clang::ento::CheckerRegistry &Registry);

} // namespace storport

#endif // STORPORT_RACE_REGISTRATION_H
