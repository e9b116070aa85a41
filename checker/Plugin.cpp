//===- Plugin.cpp - Analyzer plugin entry points --------------------------===//
//
// Registers storport.CallbackRace and its options with clang's checker
// registry. This is the implementation library; clang loads PluginShim.cpp's
// library, which checks the analyzer API version first and then calls
// storport_registerCheckers here.
//
//===----------------------------------------------------------------------===//

#include "CallbackRaceChecker.h"
#include "Registration.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/Version.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Core/CheckerManager.h"
#include "clang/StaticAnalyzer/Frontend/CheckerRegistry.h"

using namespace clang;
using namespace ento;

namespace storport {

static void reportError(CheckerManager &Mgr, StringRef Message) {
  DiagnosticsEngine &Diags = Mgr.getASTContext().getDiagnostics();
  Diags.Report(Diags.getCustomDiagID(DiagnosticsEngine::Error,
                                     "storport.CallbackRace: %0"))
      << Message;
}

static thread_local const ToolHooks *ThreadHooks = nullptr;

void setThreadToolHooks(const ToolHooks *Hooks) { ThreadHooks = Hooks; }

static void registerCallbackRace(CheckerManager &Mgr) {
  auto *Chk = Mgr.registerChecker<CallbackRaceChecker>();
  const AnalyzerOptions &Opts = Mgr.getAnalyzerOptions();
  const char *Name = CallbackRaceChecker::FullName;

  StringRef ModelFile = Opts.getCheckerStringOption(Name, "ModelFile");
  if (!ModelFile.empty()) {
    std::string Err = Chk->Model.loadExtensionFile(ModelFile);
    if (!Err.empty())
      reportError(Mgr, Err);
  }

  StringRef Perf = Opts.getCheckerStringOption(Name, "PerfMode");
  if (std::optional<PerfMode> M = parsePerfMode(Perf))
    Chk->Options.Perf = *M;
  else
    reportError(Mgr, "invalid value '" + Perf.str() +
                         "' for option PerfMode; expected auto, concurrent "
                         "or serialized");

  StringRef Duplex = Opts.getCheckerStringOption(Name, "Duplex");
  if (std::optional<DuplexMode> M = parseDuplexMode(Duplex))
    Chk->Options.Duplex = *M;
  else
    reportError(Mgr, "invalid value '" + Duplex.str() +
                         "' for option Duplex; expected auto, full or half");

  Chk->PrintStats = Opts.getCheckerBooleanOption(Name, "Stats");
  Chk->SummaryDir = Opts.getCheckerStringOption(Name, "SummaryDir").str();
  if (ThreadHooks) {
    Chk->FactsSink = ThreadHooks->FactsSink;
    if (ThreadHooks->ExtendModel)
      ThreadHooks->ExtendModel(Chk->Model);
  }
}

static bool shouldRegister(const CheckerManager &) { return true; }

void registerStorportCheckers(CheckerRegistry &Registry) {
  const char *Name = CallbackRaceChecker::FullName;
  Registry.addChecker(registerCallbackRace, shouldRegister, Name,
                      "Finds device-extension state that Storport callbacks "
                      "able to run at the same time access without an "
                      "interlocked operation or a common lock",
                      "docs/checker-reference.md",
                      /*IsHidden=*/false);
  Registry.addCheckerOption(
      "string", Name, "PerfMode", "auto",
      "Whether concurrent channels are in effect: auto (decided from the "
      "driver's StorPortInitializePerfOpts calls), concurrent, serialized",
      "released");
  Registry.addCheckerOption(
      "string", Name, "Duplex", "auto",
      "Synchronization model: auto (from ConfigInfo->SynchronizationModel; "
      "half duplex unless full duplex may be set), full, half",
      "released");
  Registry.addCheckerOption("string", Name, "ModelFile", "",
                            "JSON or YAML file adding callback roles, lock "
                            "wrappers and interlocked helpers to the Storport "
                            "model, and driver defaults",
                            "released");
  Registry.addCheckerOption(
      "string", Name, "SummaryDir", "",
      "Directory to write this translation unit's facts to, for "
      "storport-race-check --merge (whole-driver analysis of per-file runs)",
      "released");
  Registry.addCheckerOption("bool", Name, "Stats", "false",
                            "Print analysis statistics (roots analysed, "
                            "budget exhaustion) to standard error",
                            "released");
}

} // namespace storport

extern "C" void storport_registerCheckers(CheckerRegistry &Registry) {
  storport::registerStorportCheckers(Registry);
}

static_assert(sizeof(CLANG_ANALYZER_API_VERSION_STRING) ==
                  sizeof(CLANG_VERSION_STRING),
              "PluginShim.cpp assumes the analyzer API version is the clang "
              "version");
