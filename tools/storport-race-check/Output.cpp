//===- Output.cpp - Rendering whole-driver findings -----------------------===//

#include "Output.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
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

/// \p Path percent-encoded for a URI: unreserved characters and '/' stay.
static std::string percentEncode(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
        C == '/') {
      Out += C;
      continue;
    }
    Out += '%';
    Out += hexdigit(C >> 4);
    Out += hexdigit(C & 0xF);
  }
  return Out;
}

/// file:///abs/path for an absolute POSIX path.
static std::string fileUri(StringRef AbsPath) {
  return "file://" + percentEncode(AbsPath);
}

/// The stable hash of a fingerprint: lowercase hex MD5.
static std::string fingerprintHash(StringRef Fingerprint) {
  return MD5::hash(arrayRefFromStringRef(Fingerprint)).digest().str().str();
}

static constexpr const char *SrcRoot = "%SRCROOT%";

static constexpr const char *RuleShort =
    "State shared by Storport callbacks that can run at the same time is "
    "accessed without an interlocked operation or a common lock.";

static constexpr const char *RuleFull =
    "Two callbacks of a Storport miniport that Storport may run at the same "
    "time (HwStorStartIo, HwStorTimer, HwStorTimerEx, or two instances of "
    "HwStorStartIo) access the same device-extension state, at least one of "
    "them writes it, and neither an interlocked operation nor a lock held on "
    "both sides orders the accesses. Storport normally runs HwStorStartIo and "
    "the timer under its StartIo spin lock; once the miniport requests "
    "concurrent channels (STOR_PERF_CONCURRENT_CHANNELS with more than one "
    "channel in StorPortInitializePerfOpts) it no longer takes that lock "
    "before HwStorStartIo, so the accesses race: counters lose updates and "
    "flags are read half-updated.";

static constexpr const char *RuleHelpText =
    "A data race between Storport callbacks: the warned access and the other "
    "access (see the related locations) touch the same device-extension "
    "state from callbacks that can run concurrently, with no interlocked "
    "operation and no common lock.\n"
    "\n"
    "How to fix:\n"
    "- Make every access to the state atomic: InterlockedIncrement, "
    "InterlockedDecrement, InterlockedExchange, InterlockedCompareExchange "
    "for updates; ReadAcquire / WriteRelease (or the NoFence forms) for "
    "plain loads and stores. Both sides must use them.\n"
    "- Or hold one lock on both sides: acquire the same Storport spin lock "
    "(StorPortAcquireSpinLock with InterruptLock, or a DpcLock of the same "
    "STOR_DPC; StorPortAcquireMSISpinLock for the same message) around both "
    "accesses. With concurrent channels the StartIo lock is not taken by "
    "Storport for HwStorStartIo, so it is not a common lock.\n"
    "- Or do not request concurrent channels if the driver relies on "
    "Storport serializing HwStorStartIo and the timer.\n"
    "\n"
    "A reviewed finding can be suppressed with a 'storport-race: ignore' "
    "comment on the warned line, or recorded in a baseline "
    "(--write-baseline, --baseline).";

static constexpr const char *RuleHelpMarkdown =
    "A **data race between Storport callbacks**: the warned access and the "
    "other access (see the related locations) touch the same "
    "device-extension state from callbacks that can run concurrently, with "
    "no interlocked operation and no common lock.\n"
    "\n"
    "Storport runs `HwStorStartIo` and `HwStorTimer` under its StartIo spin "
    "lock, until the miniport requests *concurrent channels* "
    "(`STOR_PERF_CONCURRENT_CHANNELS` with `ConcurrentChannels > 1`, passed "
    "to `StorPortInitializePerfOpts`). From then on `HwStorStartIo` runs "
    "without that lock, concurrently with itself and with timers.\n"
    "\n"
    "### How to fix\n"
    "\n"
    "* Make every access atomic: `InterlockedIncrement`, "
    "`InterlockedDecrement`, `InterlockedExchange`, "
    "`InterlockedCompareExchange` for updates; `ReadAcquire` / "
    "`WriteRelease` (or the `NoFence` forms) for plain loads and stores. "
    "Both sides must use them.\n"
    "* Or hold one lock on both sides: the same Storport spin lock "
    "(`StorPortAcquireSpinLock` with `InterruptLock`, or the `DpcLock` of the "
    "same `STOR_DPC`; `StorPortAcquireMSISpinLock` for the same message) "
    "around both accesses. With concurrent channels the StartIo lock is not "
    "taken for `HwStorStartIo`, so it is not a common lock.\n"
    "* Or do not request concurrent channels if the driver relies on Storport "
    "serializing `HwStorStartIo` and the timer.\n"
    "\n"
    "```c\n"
    "InterlockedIncrement((LONG volatile *)&Ext->Outstanding); // "
    "HwStorStartIo\n"
    "if (ReadULongAcquire(&Ext->Outstanding) > 64)            // HwStorTimer\n"
    "```\n"
    "\n"
    "A reviewed finding can be suppressed with a `storport-race: ignore` "
    "comment on the warned line, or recorded in a baseline "
    "(`--write-baseline`, "
    "`--baseline`).";

namespace {

/// Builds the SARIF log.
class SarifBuilder {
public:
  SarifBuilder(const std::vector<Report> &Reports, const RunInfo &Info)
      : Reports(Reports), Info(Info) {
    SmallString<256> Root(Info.WorkingDir);
    if (!Root.empty() && sys::path::is_absolute(Root)) {
      RootUri = fileUri(Root);
      if (!StringRef(RootUri).ends_with("/"))
        RootUri += '/';
    }
  }

  json::Value build();

private:
  /// {uri, uriBaseId?}: relative to %SRCROOT% when inside the working
  /// directory (or relative already), else an absolute file URI.
  json::Object artifactLocation(StringRef File) const;
  json::Object physicalLocation(const Site &S);
  json::Object location(const Site &S, StringRef Message);
  json::Object rule() const;
  json::Object result(const Report &R);

  const std::vector<Report> &Reports;
  const RunInfo &Info;
  std::string RootUri; ///< file:///.../ of the working directory
  SourceLines Lines;
};

} // namespace

json::Object SarifBuilder::artifactLocation(StringRef File) const {
  std::string Shown = displayPath(File, Info.WorkingDir);
  if (!sys::path::is_absolute(Shown))
    return json::Object{{"uri", percentEncode(Shown)}, {"uriBaseId", SrcRoot}};
  return json::Object{{"uri", fileUri(File)}};
}

json::Object SarifBuilder::physicalLocation(const Site &S) {
  json::Object P{{"artifactLocation", artifactLocation(S.File)}};
  if (S.Line) {
    json::Object Region{{"startLine", S.Line}};
    if (S.Col)
      Region["startColumn"] = Lines.utf16Column(S);
    P["region"] = std::move(Region);
  }
  return P;
}

json::Object SarifBuilder::location(const Site &S, StringRef Message) {
  json::Object L;
  if (!S.File.empty())
    L["physicalLocation"] = physicalLocation(S);
  if (!Message.empty())
    L["message"] = json::Object{{"text", Message}};
  return L;
}

json::Object SarifBuilder::rule() const {
  return json::Object{
      {"id", CheckerName},
      {"name", "CallbackRace"},
      {"shortDescription", json::Object{{"text", RuleShort}}},
      {"fullDescription", json::Object{{"text", RuleFull}}},
      {"help",
       json::Object{{"text", RuleHelpText}, {"markdown", RuleHelpMarkdown}}},
      {"defaultConfiguration", json::Object{{"level", "warning"}}},
      {"properties",
       json::Object{
           {"category", BugCategory},
           {"problem.severity", "warning"},
           {"tags", json::Array{"concurrency", "data-race", "reliability",
                                "storport", "windows-driver"}}}}};
}

json::Object SarifBuilder::result(const Report &R) {
  json::Array Related, Flow;
  unsigned Id = 0;
  for (const Note &N : R.E.Notes) {
    json::Object L = location(N.Where, N.Text);
    L["id"] = Id++;
    Related.push_back(std::move(L));
    Flow.push_back(json::Object{{"location", location(N.Where, N.Text)}});
  }
  // The flow ends at the warned access.
  Flow.push_back(json::Object{{"location", location(R.E.Where, R.E.Message)},
                              {"importance", "essential"}});
  json::Array Locations;
  if (!R.E.Where.File.empty())
    Locations.push_back(location(R.E.Where, ""));
  return json::Object{
      {"ruleId", CheckerName},
      {"ruleIndex", 0},
      {"level", "warning"},
      {"kind", "fail"},
      {"message", json::Object{{"text", R.E.Message}}},
      {"locations", std::move(Locations)},
      {"relatedLocations", std::move(Related)},
      {"codeFlows",
       json::Array{json::Object{
           {"threadFlows",
            json::Array{json::Object{{"locations", std::move(Flow)}}}}}}},
      {"partialFingerprints",
       json::Object{
           {"storportRaceFingerprint/v1", R.Fingerprint},
           {"storportRaceFingerprintHash/v1", fingerprintHash(R.Fingerprint)}}},
      {"properties",
       json::Object{{"bugType", R.E.BugType}, {"category", BugCategory}}}};
}

json::Value SarifBuilder::build() {
  json::Array Results;
  for (const Report &R : Reports)
    Results.push_back(result(R));
  json::Object Driver{{"name", "storport-race-check"},
                      {"version", Info.ToolVersion},
                      {"semanticVersion", Info.ToolVersion},
                      {"rules", json::Array{rule()}}};
  if (!Info.ClangVersion.empty())
    Driver["properties"] = json::Object{{"clangVersion", Info.ClangVersion}};
  json::Object Run{
      {"tool", json::Object{{"driver", std::move(Driver)}}},
      {"invocations", json::Array{json::Object{{"executionSuccessful", true}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", std::move(Results)},
      {"properties", json::Object{{"suppressed", Info.Suppressed},
                                  {"baselined", Info.Baselined}}}};
  if (!RootUri.empty())
    Run["originalUriBaseIds"] =
        json::Object{{SrcRoot, json::Object{{"uri", RootUri}}}};
  return json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{std::move(Run)}}};
}

/// \p S escaped for XML character data; characters XML 1.0 cannot hold
/// become U+FFFD.
static std::string xmlEscape(StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '\'':
      Out += "&apos;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      if (static_cast<unsigned char>(C) < 0x20 && C != '\t' && C != '\n' &&
          C != '\r')
        Out += "\xEF\xBF\xBD";
      else
        Out += C;
    }
  }
  return Out;
}

std::string sarifText(const std::vector<Report> &Reports, const RunInfo &Info) {
  std::string Text;
  raw_string_ostream OS(Text);
  OS << formatv("{0:2}", SarifBuilder(Reports, Info).build()) << "\n";
  return OS.str();
}

std::string plistText(const std::vector<Report> &Reports, const RunInfo &Info) {
  // Files in path order, as indices.
  std::map<std::string, unsigned> Files;
  auto AddFile = [&](const Site &S) { Files.emplace(S.File, 0); };
  for (const Report &R : Reports) {
    AddFile(R.E.Where);
    for (const Note &N : R.E.Notes)
      AddFile(N.Where);
  }
  unsigned I = 0;
  for (auto &F : Files)
    F.second = I++;

  std::string Text;
  raw_string_ostream OS(Text);
  auto Location = [&](const Site &S, StringRef Indent) {
    OS << Indent << "<dict>\n"
       << Indent << " <key>line</key><integer>" << S.Line << "</integer>\n"
       << Indent << " <key>col</key><integer>" << S.Col << "</integer>\n"
       << Indent << " <key>file</key><integer>" << Files.at(S.File)
       << "</integer>\n"
       << Indent << "</dict>\n";
  };
  auto Event = [&](const Site &S, StringRef Message) {
    std::string M = xmlEscape(Message);
    OS << "    <dict>\n"
       << "     <key>kind</key><string>event</string>\n"
       << "     <key>location</key>\n";
    Location(S, "     ");
    OS << "     <key>depth</key><integer>0</integer>\n"
       << "     <key>extended_message</key>\n"
       << "     <string>" << M << "</string>\n"
       << "     <key>message</key>\n"
       << "     <string>" << M << "</string>\n"
       << "    </dict>\n";
  };

  OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
     << "<!DOCTYPE plist PUBLIC \"-//Apple Computer//DTD PLIST 1.0//EN\" "
        "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
     << "<plist version=\"1.0\">\n"
     << "<dict>\n";
  if (!Info.ClangVersion.empty())
    OS << " <key>clang_version</key>\n<string>" << xmlEscape(Info.ClangVersion)
       << "</string>\n";
  OS << " <key>tool_name</key>\n<string>storport-race-check</string>\n"
     << " <key>tool_version</key>\n<string>" << xmlEscape(Info.ToolVersion)
     << "</string>\n"
     << " <key>diagnostics</key>\n"
     << " <array>\n";
  for (const Report &R : Reports) {
    OS << "  <dict>\n"
       << "   <key>path</key>\n"
       << "   <array>\n";
    for (const Note &N : R.E.Notes)
      Event(N.Where, N.Text);
    Event(R.E.Where, R.E.Message);
    OS << "   </array>\n"
       << "   <key>description</key><string>" << xmlEscape(R.E.Message)
       << "</string>\n"
       << "   <key>category</key><string>" << xmlEscape(BugCategory)
       << "</string>\n"
       << "   <key>type</key><string>" << xmlEscape(R.E.BugType)
       << "</string>\n"
       << "   <key>check_name</key><string>" << CheckerName << "</string>\n"
       << "   <key>issue_hash_content_of_line_in_context</key><string>"
       << fingerprintHash(R.Fingerprint) << "</string>\n"
       << "   <key>fingerprint</key><string>" << xmlEscape(R.Fingerprint)
       << "</string>\n"
       << "   <key>location</key>\n";
    Location(R.E.Where, "   ");
    OS << "  </dict>\n";
  }
  OS << " </array>\n"
     << " <key>files</key>\n"
     << " <array>\n";
  for (const auto &F : Files)
    OS << "  <string>" << xmlEscape(F.first) << "</string>\n";
  OS << " </array>\n"
     << "</dict>\n"
     << "</plist>\n";
  return OS.str();
}

const std::vector<std::string> &SourceLines::linesOf(const std::string &File) {
  auto It = Files.find(File);
  if (It == Files.end()) {
    std::vector<std::string> Text;
    if (auto Buf = MemoryBuffer::getFile(File, /*IsText=*/true)) {
      SmallVector<StringRef, 0> Split;
      (*Buf)->getBuffer().split(Split, '\n');
      for (StringRef L : Split)
        Text.push_back(L.str());
    }
    It = Files.emplace(File, std::move(Text)).first;
  }
  return It->second;
}

unsigned SourceLines::utf16Column(const Site &S) {
  const std::vector<std::string> &L = linesOf(S.File);
  if (S.Line == 0 || S.Line > L.size() || S.Col == 0)
    return S.Col;
  StringRef Line = L[S.Line - 1];
  if (S.Col - 1 > Line.size())
    return S.Col;
  unsigned Units = 0;
  for (unsigned char C : Line.take_front(S.Col - 1)) {
    if ((C & 0xC0) == 0x80)
      continue;                 // a continuation byte
    Units += C >= 0xF0 ? 2 : 1; // outside the BMP: a surrogate pair
  }
  return Units + 1;
}

bool Suppressions::isSuppressed(const Site &Where) {
  const std::vector<std::string> &L = Lines.linesOf(Where.File);
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
