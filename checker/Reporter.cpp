//===- Reporter.cpp - A race as an analyzer report ------------------------===//

#include "Reporter.h"

#include "clang/Analysis/PathDiagnostic.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;
using namespace ento;

namespace storport {

static PathDiagnosticLocation locOf(const Site &S, const SourceManager &SM) {
  return PathDiagnosticLocation(SourceLocation::getFromRawEncoding(S.RawLoc),
                                SM);
}

void emitFinding(ReportContext &RC, const BugType &Bug, const Finding &F) {
  const SourceManager &SM = RC.Mgr.getSourceManager();
  Explanation E = explain(F, RC.Mode);
  auto R = std::make_unique<BasicBugReport>(Bug, E.Message, locOf(E.Where, SM));
  for (const Note &N : E.Notes)
    if (N.Where.RawLoc) // sites of this translation unit only
      R->addNote(N.Text, locOf(N.Where, SM));

  const FunctionDecl *Root = nullptr;
  auto It = RC.Functions.find(F.Warned.Callback);
  if (It != RC.Functions.end())
    Root = It->second;
  else if (!RC.Functions.empty())
    Root = RC.Functions.begin()->second;
  if (Root) {
    R->setDeclWithIssue(Root);
    // Reports from the end of the translation unit need an analysis entry
    // point, or plist/HTML/SARIF output crashes when progress display is on.
    RC.BR.setAnalysisEntryPoint(Root);
  }
  RC.BR.emitReport(std::move(R));
}

} // namespace storport
