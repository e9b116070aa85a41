//===- Wpp.cpp - Analysing sources that use WPP software tracing ----------===//

#include "Wpp.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <set>

using namespace llvm;

namespace storport {

namespace {

/// Trace functions declared in `begin_wpp config` ... `end_wpp` comment
/// blocks: `FUNC Name(LEVEL, FLAGS, MSG, ...);`.
void collectConfiguredFunctions(StringRef Text, std::set<std::string> &Out) {
  size_t At = 0;
  while ((At = Text.find("begin_wpp config", At)) != StringRef::npos) {
    size_t End = Text.find("end_wpp", At);
    StringRef Block =
        Text.slice(At, End == StringRef::npos ? Text.size() : End);
    SmallVector<StringRef, 16> Lines;
    Block.split(Lines, '\n');
    for (StringRef Line : Lines) {
      Line = Line.trim();
      Line.consume_front("//");
      Line = Line.trim();
      if (!Line.consume_front("FUNC"))
        continue;
      StringRef Name = Line.trim().take_until(
          [](char C) { return !(isAlnum(C) || C == '_'); });
      if (!Name.empty())
        Out.insert(Name.str());
    }
    if (End == StringRef::npos)
      break;
    At = End;
  }
}

} // namespace

WppSupport findWppUse(StringRef File) {
  WppSupport W;
  auto Buf = MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buf)
    return W;
  StringRef Text = (*Buf)->getBuffer();
  StringRef Dir = sys::path::parent_path(File);
  bool UsesWpp = false;
  SmallVector<StringRef, 64> Lines;
  Text.split(Lines, '\n');
  for (StringRef Line : Lines) {
    StringRef L = Line.trim();
    if (!L.consume_front("#"))
      continue;
    L = L.ltrim();
    if (!L.consume_front("include"))
      continue;
    L = L.trim();
    if (!L.consume_front("\""))
      continue;
    StringRef Name = L.take_until([](char C) { return C == '"'; });
    if (!Name.ends_with(".tmh"))
      continue;
    UsesWpp = true;
    SmallString<256> Path(Dir);
    sys::path::append(Path, Name);
    if (!sys::fs::exists(Path))
      W.MissingTmh.push_back(Path.str().str());
  }
  if (!UsesWpp)
    return W;
  std::set<std::string> Functions;
  collectConfiguredFunctions(Text, Functions);
  std::error_code EC;
  for (sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    StringRef P = It->path();
    if (!P.ends_with(".h") && !P.ends_with(".H"))
      continue;
    if (auto H = MemoryBuffer::getFile(P, /*IsText=*/true))
      collectConfiguredFunctions((*H)->getBuffer(), Functions);
  }
  // The macros WPP's generated headers provide, as no-ops.
  for (const char *M :
       {"WPP_INIT_TRACING(...)=", "WPP_CLEANUP(...)=", "WPP_CONTROL_GUIDS=",
        "WPP_DEFINE_CONTROL_GUID(...)=", "WPP_DEFINE_BIT(...)=",
        "DoTraceMessage(...)=", "DoDebugTrace(...)=",
        "WPP_RECORDER_COMPAT_LEVEL_LOGGER(...)="})
    W.Defines.push_back(std::string("-D") + M);
  for (const std::string &F : Functions)
    W.Defines.push_back("-D" + F + "(...)=");
  return W;
}

} // namespace storport
