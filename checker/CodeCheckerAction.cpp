//===- CodeCheckerAction.cpp - The `checkercfg` plugin action -------------===//
//
// CodeChecker runs every analyzer plugin in its plugin folder as
//   clang --analyze -Xclang -plugin -Xclang checkercfg -Xclang -load ...
// so a plugin must provide a frontend action of that name. It replaces the
// main action with the ordinary analysis consumer: the analysis, checkers
// and outputs are exactly those of `clang --analyze`.
//
//===----------------------------------------------------------------------===//

#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"

using namespace clang;

namespace {

class CheckerCfgAction : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    return ento::CreateAnalysisConsumer(CI);
  }
  bool ParseArgs(const CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }
  ActionType getActionType() override { return ReplaceAction; }
};

} // namespace

static FrontendPluginRegistry::Add<CheckerCfgAction>
    X("checkercfg", "Run the static analyzer with the loaded checker plugins "
                    "(CodeChecker's plugin protocol)");
