//===- Output.cpp - Rendering whole-driver findings -----------------------===//

#include "Output.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace storport {

std::string displayPath(StringRef Path, StringRef Dir) {
  if (Dir.empty() || !Path.starts_with(Dir))
    return Path.str();
  StringRef Rest = Path.drop_front(Dir.size());
  if (Rest.empty() || !sys::path::is_separator(Rest.front()))
    return Path.str();
  return Rest.drop_front().str();
}

static void writeSite(raw_ostream &OS, const Site &S, const RunInfo &Info) {
  OS << displayPath(S.File, Info.WorkingDir) << ":" << S.Line << ":" << S.Col;
}

void writeText(raw_ostream &OS, const std::vector<Report> &Reports,
               const RunInfo &Info) {
  for (const Report &R : Reports) {
    writeSite(OS, R.E.Where, Info);
    OS << ": warning: " << R.E.Message << " [" << CheckerName << "]\n";
    for (const Note &N : R.E.Notes) {
      writeSite(OS, N.Where, Info);
      OS << ": note: " << N.Text << "\n";
    }
  }
}

std::string sarifText(const std::vector<Report> &, const RunInfo &) {
  return "{}"; // TODO(sarif): replaced by the SARIF writer
}

std::string plistText(const std::vector<Report> &, const RunInfo &) {
  return ""; // TODO(plist): replaced by the plist writer
}

bool Suppressions::isSuppressed(const Site &Where) {
  auto It = Lines.find(Where.File);
  if (It == Lines.end()) {
    std::vector<std::string> Text;
    if (auto Buf = MemoryBuffer::getFile(Where.File, /*IsText=*/true)) {
      SmallVector<StringRef, 0> Split;
      (*Buf)->getBuffer().split(Split, '\n');
      for (StringRef L : Split)
        Text.push_back(L.str());
    }
    It = Lines.emplace(Where.File, std::move(Text)).first;
  }
  const std::vector<std::string> &L = It->second;
  auto Marks = [](StringRef Line) {
    size_t Comment = Line.find("//");
    if (Comment == StringRef::npos)
      Comment = Line.find("/*");
    StringRef C = Comment == StringRef::npos ? "" : Line.substr(Comment);
    return C.contains("storport-race: ignore") || C.contains("NOLINT(storport");
  };
  auto Pragma = [](StringRef Line) {
    Line = Line.trim();
    return Line.starts_with("#pragma") && Line.contains("prefast") &&
           Line.contains("suppress") && Line.contains("storport");
  };
  if (Where.Line == 0 || Where.Line > L.size())
    return false;
  if (Marks(L[Where.Line - 1]))
    return true;
  if (Where.Line >= 2) {
    StringRef Above = L[Where.Line - 2];
    if (Pragma(Above) || (Above.trim().starts_with("//") && Marks(Above)))
      return true;
  }
  return false;
}

Expected<std::set<std::string>> readBaseline(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read baseline '%s': %s",
                             Path.str().c_str(),
                             Buf.getError().message().c_str());
  Expected<json::Value> Doc = json::parse((*Buf)->getBuffer());
  if (!Doc)
    return createStringError(
        inconvertibleErrorCode(), "baseline '%s' is not valid JSON: %s",
        Path.str().c_str(), toString(Doc.takeError()).c_str());
  const json::Object *O = Doc->getAsObject();
  const json::Array *A = O ? O->getArray("fingerprints") : nullptr;
  if (!A)
    return createStringError(inconvertibleErrorCode(),
                             "baseline '%s' needs a \"fingerprints\" array",
                             Path.str().c_str());
  std::set<std::string> Out;
  for (const json::Value &V : *A) {
    std::optional<StringRef> S = V.getAsString();
    if (!S)
      return createStringError(inconvertibleErrorCode(),
                               "baseline '%s': fingerprints must be strings",
                               Path.str().c_str());
    Out.insert(S->str());
  }
  return Out;
}

std::string baselineText(const std::vector<Report> &Reports) {
  std::set<std::string> Prints;
  for (const Report &R : Reports)
    Prints.insert(R.Fingerprint);
  json::Array A;
  for (const std::string &P : Prints)
    A.push_back(P);
  std::string Text;
  raw_string_ostream OS(Text);
  OS << formatv("{0:2}", json::Value(json::Object{
                             {"version", 1}, {"fingerprints", std::move(A)}}))
     << "\n";
  return OS.str();
}

} // namespace storport
