//===- VcxProject.cpp - Compile commands from a Visual Studio project -----===//

#include "VcxProject.h"
#include "CaseInsensitiveFS.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <algorithm>
#include <set>

using namespace llvm;
using clang::tooling::CompileCommand;

namespace storport {

const std::string *XmlElement::attribute(StringRef N) const {
  for (const auto &A : Attributes)
    if (A.first == N)
      return &A.second;
  return nullptr;
}

namespace {

//===----------------------------------------------------------------------===//
// XML
//===----------------------------------------------------------------------===//

class XmlParser {
public:
  XmlParser(StringRef Text, StringRef File) : Text(Text), File(File) {
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        NewLines.push_back(I);
  }

  Expected<std::unique_ptr<XmlElement>> parse() {
    if (Text.starts_with("\xEF\xBB\xBF"))
      Pos = 3;
    std::unique_ptr<XmlElement> Root;
    while (true) {
      skipSpace();
      if (Pos >= Text.size())
        break;
      if (!Err.empty())
        break;
      if (Text.substr(Pos).starts_with("<?")) {
        skipPast("?>", "processing instruction");
      } else if (Text.substr(Pos).starts_with("<!--")) {
        skipPast("-->", "comment");
      } else if (Text.substr(Pos).starts_with("<!DOCTYPE")) {
        skipPast(">", "DOCTYPE");
      } else if (Text[Pos] == '<' && !Root) {
        Root = element();
      } else {
        fail(Root ? "content after the root element" : "expected an element");
      }
    }
    if (Err.empty() && !Root)
      fail("no root element");
    if (!Err.empty())
      return createStringError(inconvertibleErrorCode(), "%s", Err.c_str());
    return std::move(Root);
  }

private:
  StringRef Text;
  StringRef File;
  size_t Pos = 0;
  std::vector<size_t> NewLines;
  std::string Err;

  unsigned lineAt(size_t P) const {
    return 1 + (std::lower_bound(NewLines.begin(), NewLines.end(), P) -
                NewLines.begin());
  }

  void fail(const Twine &Msg) { failAt(Pos, Msg); }
  void failAt(size_t P, const Twine &Msg) {
    if (Err.empty())
      Err = (File + ":" + Twine(lineAt(P)) + ": malformed XML: " + Msg).str();
  }

  void skipSpace() {
    while (Pos < Text.size() && isSpace(Text[Pos]))
      ++Pos;
  }

  void skipPast(StringRef End, StringRef What) {
    size_t Start = Pos;
    size_t E = Text.find(End, Pos + 2);
    if (E == StringRef::npos) {
      failAt(Start, "unterminated " + What);
      Pos = Text.size();
      return;
    }
    Pos = E + End.size();
  }

  static bool isNameStart(char C) {
    return isAlpha(C) || C == '_' || C == ':' || (unsigned char)C >= 0x80;
  }
  static bool isNameChar(char C) {
    return isNameStart(C) || isDigit(C) || C == '-' || C == '.';
  }

  std::string name() {
    size_t Start = Pos;
    if (Pos >= Text.size() || !isNameStart(Text[Pos])) {
      fail("expected a name");
      return "";
    }
    while (Pos < Text.size() && isNameChar(Text[Pos]))
      ++Pos;
    return Text.slice(Start, Pos).str();
  }

  /// Decodes the entity reference at Pos (after '&') into \p Out.
  void entity(std::string &Out) {
    size_t Start = Pos - 1;
    size_t Semi = Text.find(';', Pos);
    if (Semi == StringRef::npos || Semi - Pos > 10) {
      failAt(Start, "'&' not starting an entity reference");
      return;
    }
    StringRef Ref = Text.slice(Pos, Semi);
    Pos = Semi + 1;
    if (Ref == "lt")
      Out += '<';
    else if (Ref == "gt")
      Out += '>';
    else if (Ref == "amp")
      Out += '&';
    else if (Ref == "quot")
      Out += '"';
    else if (Ref == "apos")
      Out += '\'';
    else if (Ref.starts_with("#")) {
      unsigned long long Code = 0;
      bool Bad = Ref.starts_with("#x")
                     ? Ref.drop_front(2).getAsInteger(16, Code)
                     : Ref.drop_front(1).getAsInteger(10, Code);
      char Buf[UNI_MAX_UTF8_BYTES_PER_CODE_POINT];
      char *P = Buf;
      if (Bad || Code == 0 || Code > 0x10FFFF ||
          !ConvertCodePointToUTF8(static_cast<unsigned>(Code), P)) {
        failAt(Start, "bad character reference '&" + Ref + ";'");
        return;
      }
      Out.append(Buf, P);
    } else {
      failAt(Start, "unknown entity '&" + Ref + ";'");
    }
  }

  std::unique_ptr<XmlElement> element() {
    auto E = std::make_unique<XmlElement>();
    E->Line = lineAt(Pos);
    ++Pos; // '<'
    E->Name = name();
    if (!Err.empty())
      return E;
    // Attributes.
    while (true) {
      size_t Before = Pos;
      skipSpace();
      if (Pos >= Text.size()) {
        fail("unterminated start tag <" + E->Name + ">");
        return E;
      }
      if (Text.substr(Pos).starts_with("/>")) {
        Pos += 2;
        return E;
      }
      if (Text[Pos] == '>') {
        ++Pos;
        break;
      }
      if (Before == Pos) {
        fail("expected whitespace, '>' or '/>' in <" + E->Name + ">");
        return E;
      }
      size_t AttrPos = Pos;
      std::string AName = name();
      if (!Err.empty())
        return E;
      skipSpace();
      if (Pos >= Text.size() || Text[Pos] != '=') {
        fail("expected '=' after attribute '" + AName + "'");
        return E;
      }
      ++Pos;
      skipSpace();
      if (Pos >= Text.size() || (Text[Pos] != '"' && Text[Pos] != '\'')) {
        fail("expected a quoted value for attribute '" + AName + "'");
        return E;
      }
      char Quote = Text[Pos++];
      std::string Value;
      while (true) {
        if (Pos >= Text.size()) {
          failAt(AttrPos, "unterminated value of attribute '" + AName + "'");
          return E;
        }
        char C = Text[Pos++];
        if (C == Quote)
          break;
        if (C == '<') {
          failAt(Pos - 1, "'<' in the value of attribute '" + AName + "'");
          return E;
        }
        if (C == '&') {
          entity(Value);
          if (!Err.empty())
            return E;
        } else {
          Value += C;
        }
      }
      if (E->attribute(AName)) {
        failAt(AttrPos, "duplicate attribute '" + AName + "'");
        return E;
      }
      E->Attributes.emplace_back(std::move(AName), std::move(Value));
    }
    // Content.
    while (Err.empty()) {
      if (Pos >= Text.size()) {
        failAt(Pos,
               "<" + E->Name + "> (line " + Twine(E->Line) + ") is not closed");
        return E;
      }
      StringRef Rest = Text.substr(Pos);
      if (Rest.starts_with("</")) {
        Pos += 2;
        size_t TagPos = Pos;
        std::string Close = name();
        if (!Err.empty())
          return E;
        skipSpace();
        if (Pos >= Text.size() || Text[Pos] != '>') {
          fail("expected '>' to end </" + Close + ">");
          return E;
        }
        ++Pos;
        if (Close != E->Name)
          failAt(TagPos, "</" + Close + "> closes <" + E->Name + "> (line " +
                             Twine(E->Line) + ")");
        return E;
      }
      if (Rest.starts_with("<!--")) {
        skipPast("-->", "comment");
      } else if (Rest.starts_with("<![CDATA[")) {
        size_t End = Text.find("]]>", Pos + 9);
        if (End == StringRef::npos) {
          fail("unterminated CDATA section");
          return E;
        }
        E->Text += Text.slice(Pos + 9, End).str();
        Pos = End + 3;
      } else if (Rest.starts_with("<?")) {
        skipPast("?>", "processing instruction");
      } else if (Rest.starts_with("<")) {
        E->Children.push_back(element());
      } else if (Rest[0] == '&') {
        ++Pos;
        entity(E->Text);
      } else {
        E->Text += Rest[0];
        ++Pos;
      }
    }
    return E;
  }
};

//===----------------------------------------------------------------------===//
// Paths
//===----------------------------------------------------------------------===//

/// Windows separators to '/', relative to \p Base, dots removed.
std::string absolutePath(StringRef P, StringRef Base) {
  std::string S = P.trim().str();
  std::replace(S.begin(), S.end(), '\\', '/');
  SmallString<256> Out;
  if (sys::path::is_absolute(S, sys::path::Style::posix)) {
    Out = S;
  } else {
    Out = Base;
    sys::path::append(Out, sys::path::Style::posix, S);
  }
  sys::path::remove_dots(Out, /*remove_dot_dot=*/true, sys::path::Style::posix);
  return Out.str().str();
}

/// \p P as it exists on disk, matching its components case-insensitively
/// when it does not exist as spelt; \p P itself if there is no match.
std::string findOnDisk(const std::string &P) {
  std::string Found = findIgnoringCase(P);
  return Found.empty() ? P : Found;
}

//===----------------------------------------------------------------------===//
// MSBuild evaluation
//===----------------------------------------------------------------------===//

/// One file's context: its directory for MSBuildThisFileDirectory and
/// relative imports.
struct FileContext {
  std::string Path;
  std::string Dir;
};

/// An item-pass element (ItemDefinitionGroup / ItemGroup) found while
/// reading properties, with the file it came from.
struct Deferred {
  const XmlElement *E;
  const FileContext *File;
};

using Metadata = std::map<std::string, std::string>; // lower-case names

class Evaluator {
public:
  Evaluator(StringRef ProjectFile, StringRef Configuration,
            StringRef Platform) {
    Project.ProjectFile = ProjectFile.str();
    Project.ProjectDir = sys::path::parent_path(ProjectFile).str();
    std::string Dir = Project.ProjectDir + "/";
    Global["configuration"] = Configuration.str();
    Global["platform"] = Platform.str();
    // What a Visual Studio 2022 build would see; projects test these.
    if (!sys::Process::GetEnv("VisualStudioVersion"))
      Props["visualstudioversion"] = "17.0";
    Props["msbuildtoolsversion"] = "Current";
    Props["projectdir"] = Dir;
    Props["msbuildprojectdirectory"] = Project.ProjectDir;
    Props["projectname"] = sys::path::stem(ProjectFile).str();
    Props["msbuildprojectname"] = Props["projectname"];
    Props["projectfilename"] = sys::path::filename(ProjectFile).str();
    Props["msbuildprojectfile"] = Props["projectfilename"];
    Props["projectpath"] = ProjectFile.str();
    Props["msbuildprojectfullpath"] = ProjectFile.str();
    std::optional<std::string> Sln = sys::Process::GetEnv("SolutionDir");
    Props["solutiondir"] = Sln ? *Sln : Dir;
    Props["intdir"] = (Platform + "/" + Configuration + "/").str();
    Props["outdir"] = Props["solutiondir"] + Props["intdir"];
  }

  Error run() {
    if (Error E = readFile(Project.ProjectFile, 0))
      return E;
    // MSBuild evaluates properties first, then item definitions, then items.
    for (const Deferred &D : Items)
      if (D.E->Name == "ItemDefinitionGroup")
        itemDefinitions(*D.E, *D.File);
    for (const Deferred &D : Items)
      if (D.E->Name == "ItemGroup")
        itemGroup(*D.E, *D.File);
    Project.IsDriver =
        StringRef(property("ConfigurationType")).equals_insensitive("Driver") ||
        !property("DriverType").empty();
    Project.Notes.insert(Project.Notes.end(), FunctionNotes.begin(),
                         FunctionNotes.end());
    return Error::success();
  }

  VcxProject Project;

private:
  std::map<std::string, std::string> Global, Props;
  std::vector<std::unique_ptr<XmlElement>> Docs;
  std::vector<std::unique_ptr<FileContext>> Files;
  std::vector<Deferred> Items;
  std::set<std::string> Imported;
  Metadata ClDefaults;
  const FileContext *Current = nullptr;
  mutable std::set<std::string> FunctionNotes;

  std::string property(StringRef Name) const {
    std::string Key = Name.trim().lower();
    auto G = Global.find(Key);
    if (G != Global.end())
      return G->second;
    if (Current && Key == "msbuildthisfiledirectory")
      return Current->Dir + "/";
    if (Current && Key == "msbuildthisfile")
      return sys::path::filename(Current->Path).str();
    if (Current && Key == "msbuildthisfilefullpath")
      return Current->Path;
    auto P = Props.find(Key);
    if (P != Props.end())
      return P->second;
    if (std::optional<std::string> Env = sys::Process::GetEnv(Name.trim()))
      return *Env;
    return "";
  }

  /// Expands $(Name); property functions $([...]) and unknown names expand
  /// to nothing. \p Meta, if given, expands %(Name) too.
  std::string expand(StringRef S, const Metadata *Meta = nullptr) const {
    std::string Out;
    for (size_t I = 0; I < S.size();) {
      if ((S[I] == '$' || (Meta && S[I] == '%')) && I + 1 < S.size() &&
          S[I + 1] == '(') {
        // Find the matching ')'.
        int Depth = 0;
        size_t J = I + 1;
        for (; J < S.size(); ++J) {
          if (S[J] == '(')
            ++Depth;
          else if (S[J] == ')' && --Depth == 0)
            break;
        }
        if (J >= S.size()) {
          Out += S.substr(I).str();
          break;
        }
        StringRef Name = S.slice(I + 2, J);
        if (S[I] == '%') {
          auto It = Meta->find(Name.trim().lower());
          if (It != Meta->end())
            Out += It->second;
        } else {
          Out += propertyExpression(Name);
        }
        I = J + 1;
        continue;
      }
      Out += S[I++];
    }
    return Out;
  }

  // Property functions --------------------------------------------------------

  /// Reads `(arg, ...)` at \p Pos of \p S: quoted strings (expanded),
  /// $(...) expressions and bare words. False if malformed.
  bool arguments(StringRef S, size_t &Pos,
                 std::vector<std::string> &Args) const {
    auto Skip = [&] {
      while (Pos < S.size() && isSpace(S[Pos]))
        ++Pos;
    };
    Skip();
    if (Pos >= S.size() || S[Pos] != '(')
      return false;
    ++Pos;
    Skip();
    if (Pos < S.size() && S[Pos] == ')') {
      ++Pos;
      return true;
    }
    while (Pos < S.size()) {
      Skip();
      size_t Start = Pos;
      if (S[Pos] == '\'' || S[Pos] == '"' || S[Pos] == '`') {
        size_t End = S.find(S[Pos], Pos + 1);
        if (End == StringRef::npos)
          return false;
        Args.push_back(expand(S.slice(Pos + 1, End)));
        Pos = End + 1;
      } else {
        int Depth = 0;
        while (Pos < S.size() &&
               (Depth > 0 || (S[Pos] != ',' && S[Pos] != ')'))) {
          if (S[Pos] == '(')
            ++Depth;
          else if (S[Pos] == ')')
            --Depth;
          ++Pos;
        }
        Args.push_back(expand(S.slice(Start, Pos).trim()));
      }
      Skip();
      if (Pos < S.size() && S[Pos] == ',') {
        ++Pos;
        continue;
      }
      if (Pos < S.size() && S[Pos] == ')') {
        ++Pos;
        return true;
      }
      return false;
    }
    return false;
  }

  static std::optional<std::vector<unsigned>> version(StringRef V) {
    SmallVector<StringRef, 4> Parts;
    V.trim().split(Parts, '.');
    std::vector<unsigned> Out;
    for (StringRef P : Parts) {
      unsigned N;
      if (P.getAsInteger(10, N))
        return std::nullopt;
      Out.push_back(N);
    }
    if (Out.empty())
      return std::nullopt;
    return Out;
  }

  /// -1, 0 or 1 comparing versions (or numbers) \p A and \p B; nullopt if
  /// either is not one.
  static std::optional<int> compareVersions(StringRef A, StringRef B) {
    auto VA = version(A), VB = version(B);
    if (!VA || !VB)
      return std::nullopt;
    VA->resize(std::max(VA->size(), VB->size()));
    VB->resize(VA->size());
    return *VA < *VB ? -1 : *VA > *VB ? 1 : 0;
  }

  /// A static function `[Class]::Name(args)`; nullopt if unknown.
  std::optional<std::string>
  staticFunction(StringRef Class, StringRef Name,
                 const std::vector<std::string> &A) const {
    auto Bool = [](bool B) { return std::string(B ? "true" : "false"); };
    Class = Class.trim();
    if (Class.equals_insensitive("MSBuild")) {
      if (Name.starts_with_insensitive("Version") && A.size() == 2) {
        std::optional<int> C = compareVersions(A[0], A[1]);
        if (!C)
          return std::nullopt;
        StringRef Op = Name.drop_front(7);
        if (Op.equals_insensitive("Equals"))
          return Bool(*C == 0);
        if (Op.equals_insensitive("NotEquals"))
          return Bool(*C != 0);
        if (Op.equals_insensitive("GreaterThan"))
          return Bool(*C > 0);
        if (Op.equals_insensitive("GreaterThanOrEquals"))
          return Bool(*C >= 0);
        if (Op.equals_insensitive("LessThan"))
          return Bool(*C < 0);
        if (Op.equals_insensitive("LessThanOrEquals"))
          return Bool(*C <= 0);
        return std::nullopt;
      }
      if (Name.equals_insensitive("ValueOrDefault") && A.size() == 2)
        return A[0].empty() ? A[1] : A[0];
      if ((Name.equals_insensitive("EnsureTrailingSlash") ||
           Name.equals_insensitive("NormalizeDirectory")) &&
          !A.empty()) {
        std::string P = A[0];
        for (size_t K = 1; K < A.size(); ++K)
          P += "/" + A[K];
        if (!P.empty() && P.back() != '/' && P.back() != '\\')
          P += "/";
        return P;
      }
      if (Name.equals_insensitive("GetDirectoryNameOfFileAbove") &&
          A.size() == 2) {
        std::string Dir = findOnDisk(absolutePath(A[0], Project.ProjectDir));
        for (StringRef D = Dir; !D.empty(); D = sys::path::parent_path(D)) {
          SmallString<256> F(D);
          sys::path::append(F, A[1]);
          if (sys::fs::exists(findOnDisk(F.str().str())))
            return D.str();
        }
        return std::string();
      }
      if ((Name.equals_insensitive("Add") ||
           Name.equals_insensitive("Subtract")) &&
          A.size() == 2) {
        long long X, Y;
        if (StringRef(A[0]).trim().getAsInteger(10, X) ||
            StringRef(A[1]).trim().getAsInteger(10, Y))
          return std::nullopt;
        return std::to_string(Name.equals_insensitive("Add") ? X + Y : X - Y);
      }
      return std::nullopt;
    }
    if (Class.equals_insensitive("System.IO.Path")) {
      if (Name.equals_insensitive("Combine") && !A.empty()) {
        std::string P = A[0];
        for (size_t K = 1; K < A.size(); ++K)
          P = sys::path::is_absolute(A[K]) ||
                      (!A[K].empty() && (A[K][0] == '\\' || A[K][0] == '/'))
                  ? A[K]
                  : P + "/" + A[K];
        return P;
      }
      if (Name.equals_insensitive("GetFullPath") && A.size() == 1)
        return absolutePath(A[0], Project.ProjectDir);
      if (Name.equals_insensitive("GetFileName") && A.size() == 1)
        return sys::path::filename(A[0]).str();
      if (Name.equals_insensitive("GetDirectoryName") && A.size() == 1)
        return sys::path::parent_path(A[0]).str();
      return std::nullopt;
    }
    if (Class.equals_insensitive("System.String")) {
      if (Name.equals_insensitive("IsNullOrEmpty") && A.size() == 1)
        return Bool(A[0].empty());
      if (Name.equals_insensitive("IsNullOrWhiteSpace") && A.size() == 1)
        return Bool(StringRef(A[0]).trim().empty());
      if (Name.equals_insensitive("Copy") && A.size() == 1)
        return A[0];
      if (Name.equals_insensitive("Concat")) {
        std::string R;
        for (const std::string &X : A)
          R += X;
        return R;
      }
    }
    return std::nullopt;
  }

  /// A string method `Value.Name(args)`, as .NET's (ordinal comparisons);
  /// nullopt if unknown.
  static std::optional<std::string>
  stringMethod(StringRef V, StringRef Name, const std::vector<std::string> &A,
               std::vector<std::string> &Split) {
    auto Bool = [](bool B) { return std::string(B ? "true" : "false"); };
    if (Name == "EndsWith" && A.size() == 1)
      return Bool(V.ends_with(A[0]));
    if (Name == "StartsWith" && A.size() == 1)
      return Bool(V.starts_with(A[0]));
    if (Name == "Contains" && A.size() == 1)
      return Bool(V.contains(A[0]));
    if (Name == "Equals" && A.size() == 1)
      return Bool(V == A[0]);
    if ((Name == "ToLower" || Name == "ToLowerInvariant") && A.empty())
      return V.lower();
    if ((Name == "ToUpper" || Name == "ToUpperInvariant") && A.empty())
      return V.upper();
    if (Name == "Trim" && A.empty())
      return V.trim().str();
    if (Name == "TrimEnd" && A.size() <= 1)
      return (A.empty() ? V.rtrim() : V.rtrim(A[0])).str();
    if (Name == "TrimStart" && A.size() <= 1)
      return (A.empty() ? V.ltrim() : V.ltrim(A[0])).str();
    if (Name == "Replace" && A.size() == 2 && !A[0].empty()) {
      std::string R;
      StringRef Rest = V;
      for (size_t P; (P = Rest.find(A[0])) != StringRef::npos;) {
        R += Rest.take_front(P).str() + A[1];
        Rest = Rest.drop_front(P + A[0].size());
      }
      return R + Rest.str();
    }
    if (Name == "Substring" && (A.size() == 1 || A.size() == 2)) {
      size_t From, Len = StringRef::npos;
      if (StringRef(A[0]).getAsInteger(10, From) ||
          (A.size() == 2 && StringRef(A[1]).getAsInteger(10, Len)))
        return std::nullopt;
      return V.substr(From, Len).str();
    }
    if (Name == "Split" && A.size() == 1 && A[0].size() == 1) {
      SmallVector<StringRef, 4> Parts;
      V.split(Parts, A[0][0]);
      Split.assign(Parts.begin(), Parts.end());
      return V.str();
    }
    return std::nullopt;
  }

  /// Expands the inside of `$(...)`: a property, optionally followed by
  /// string methods and `[index]` after Split, or `[Class]::Function(...)`.
  /// Expressions it cannot evaluate expand to nothing, with a note.
  std::string propertyExpression(StringRef Body) const {
    StringRef S = Body.trim();
    size_t Pos = 0;
    std::string Value;
    std::vector<std::string> Split;
    auto Fail = [&] {
      FunctionNotes.insert(
          "property function not understood, taken as empty: $(" + Body.str() +
          ")");
      return std::string();
    };
    if (S.starts_with("[")) {
      size_t Close = S.find("]::");
      if (Close == StringRef::npos)
        return Fail();
      StringRef Class = S.slice(1, Close);
      Pos = Close + 3;
      size_t NameStart = Pos;
      while (Pos < S.size() && (isAlnum(S[Pos]) || S[Pos] == '_'))
        ++Pos;
      StringRef Name = S.slice(NameStart, Pos);
      std::vector<std::string> A;
      if (!arguments(S, Pos, A))
        return Fail();
      std::optional<std::string> R = staticFunction(Class, Name, A);
      if (!R)
        return Fail();
      Value = *R;
    } else {
      while (Pos < S.size() &&
             (isAlnum(S[Pos]) || S[Pos] == '_' || S[Pos] == '-'))
        ++Pos;
      Value = property(S.take_front(Pos));
    }
    while (Pos < S.size()) {
      if (S[Pos] == '.') {
        size_t NameStart = ++Pos;
        while (Pos < S.size() && (isAlnum(S[Pos]) || S[Pos] == '_'))
          ++Pos;
        StringRef Name = S.slice(NameStart, Pos);
        std::vector<std::string> A;
        if (Name == "Length") {
          Value = std::to_string(Value.size());
          continue;
        }
        if (!arguments(S, Pos, A))
          return Fail();
        std::optional<std::string> R = stringMethod(Value, Name, A, Split);
        if (!R)
          return Fail();
        Value = *R;
      } else if (S[Pos] == '[' && !Split.empty()) {
        size_t Close = S.find(']', Pos);
        unsigned Index;
        if (Close == StringRef::npos ||
            S.slice(Pos + 1, Close).trim().getAsInteger(10, Index))
          return Fail();
        Value = Index < Split.size() ? Split[Index] : "";
        Split.clear();
        Pos = Close + 1;
      } else {
        return Fail();
      }
    }
    return Value;
  }

  // Conditions ---------------------------------------------------------------

  struct CondParser {
    const Evaluator &Ev;
    StringRef S;
    size_t Pos = 0;
    bool Bad = false;

    void skip() {
      while (Pos < S.size() && isSpace(S[Pos]))
        ++Pos;
    }
    bool eat(StringRef T, bool Word = false) {
      skip();
      if (!S.substr(Pos).starts_with_insensitive(T))
        return false;
      if (Word && Pos + T.size() < S.size() &&
          (isAlnum(S[Pos + T.size()]) || S[Pos + T.size()] == '_'))
        return false;
      Pos += T.size();
      return true;
    }
    bool orExpr() {
      bool V = andExpr();
      while (!Bad && eat("or", true))
        V = andExpr() || V;
      return V;
    }
    bool andExpr() {
      bool V = notExpr();
      while (!Bad && eat("and", true))
        V = notExpr() && V;
      return V;
    }
    bool notExpr() {
      skip();
      if (Pos + 1 < S.size() && S[Pos] == '!' && S[Pos + 1] != '=') {
        ++Pos;
        return !notExpr();
      }
      return primary();
    }
    /// A value: 'quoted', $(Prop), or a bare word.
    std::string value() {
      skip();
      if (Pos < S.size() && S[Pos] == '\'') {
        size_t End = S.find('\'', Pos + 1);
        if (End == StringRef::npos) {
          Bad = true;
          return "";
        }
        std::string V = Ev.expand(S.slice(Pos + 1, End));
        Pos = End + 1;
        return V;
      }
      if (S.substr(Pos).starts_with("$(")) {
        size_t End = Pos + 1;
        for (int Depth = 0; End < S.size(); ++End) {
          if (S[End] == '(')
            ++Depth;
          else if (S[End] == ')' && --Depth == 0)
            break;
        }
        if (End >= S.size()) {
          Bad = true;
          return "";
        }
        std::string V = Ev.expand(S.slice(Pos, End + 1));
        Pos = End + 1;
        return V;
      }
      size_t Start = Pos;
      while (Pos < S.size() && (isAlnum(S[Pos]) || S[Pos] == '_' ||
                                S[Pos] == '.' || S[Pos] == '-'))
        ++Pos;
      if (Start == Pos)
        Bad = true;
      return S.slice(Start, Pos).str();
    }
    bool primary() {
      skip();
      if (eat("(")) {
        bool V = orExpr();
        if (!eat(")"))
          Bad = true;
        return V;
      }
      if (eat("Exists", true)) {
        if (!eat("(")) {
          Bad = true;
          return false;
        }
        std::string P = value();
        if (!eat(")"))
          Bad = true;
        if (StringRef(P).trim().empty())
          return false;
        return sys::fs::exists(findOnDisk(absolutePath(
            P, Ev.Current ? Ev.Current->Dir : Ev.Project.ProjectDir)));
      }
      std::string L = value();
      if (eat("=="))
        return StringRef(L).equals_insensitive(value());
      if (eat("!="))
        return !StringRef(L).equals_insensitive(value());
      // Numeric (or version) comparisons; XML has unescaped &lt; already.
      for (StringRef Op : {"<=", ">=", "<", ">"}) {
        if (!eat(Op))
          continue;
        std::optional<int> C = compareVersions(L, value());
        if (!C) {
          Bad = true;
          return false;
        }
        return Op == "<="   ? *C <= 0
               : Op == ">=" ? *C >= 0
               : Op == "<"  ? *C < 0
                            : *C > 0;
      }
      // A lone value: true/false.
      if (StringRef(L).equals_insensitive("true"))
        return true;
      if (!StringRef(L).equals_insensitive("false"))
        Bad = true;
      return false;
    }
  };

  /// Evaluates the Condition attribute of \p E (true if none); conditions
  /// this evaluator cannot read count as false, with a note.
  bool condition(const XmlElement &E) {
    const std::string *C = E.attribute("Condition");
    if (!C || StringRef(*C).trim().empty())
      return true;
    CondParser P{*this, *C};
    bool V = P.orExpr();
    P.skip();
    if (P.Bad || P.Pos != C->size()) {
      Project.Notes.push_back(
          (Twine(Current ? Current->Path : Project.ProjectFile) + ":" +
           Twine(E.Line) + ": condition not understood, taken as false: " + *C)
              .str());
      return false;
    }
    return V;
  }

  // Property pass -----------------------------------------------------------

  Error readFile(const std::string &Path, unsigned Depth) {
    if (Depth > 32 || !Imported.insert(Path).second)
      return Error::success(); // MSBuild skips repeated imports too
    auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buf)
      return createStringError(Buf.getError(), "cannot read '%s': %s",
                               Path.c_str(), Buf.getError().message().c_str());
    Expected<std::unique_ptr<XmlElement>> Doc =
        parseXml((*Buf)->getBuffer(), Path);
    if (!Doc)
      return Doc.takeError();
    if ((*Doc)->Name != "Project")
      return createStringError(inconvertibleErrorCode(),
                               "%s:%u: not an MSBuild project (root element "
                               "<%s>, expected <Project>)",
                               Path.c_str(), (*Doc)->Line,
                               (*Doc)->Name.c_str());
    Files.push_back(std::make_unique<FileContext>(
        FileContext{Path, sys::path::parent_path(Path).str()}));
    const FileContext *Saved = Current;
    Current = Files.back().get();
    Docs.push_back(std::move(*Doc));
    Error E = children(*Docs.back(), Depth);
    Current = Saved;
    return E;
  }

  Error children(const XmlElement &Parent, unsigned Depth) {
    for (const auto &C : Parent.Children)
      if (Error E = topLevel(*C, Depth))
        return E;
    return Error::success();
  }

  Error topLevel(const XmlElement &E, unsigned Depth) {
    if (E.Name == "PropertyGroup") {
      if (condition(E))
        for (const auto &P : E.Children)
          if (condition(*P))
            Props[StringRef(P->Name).lower()] = expand(P->Text);
    } else if (E.Name == "Import") {
      if (condition(E))
        return import(E, Depth);
    } else if (E.Name == "ImportGroup") {
      if (condition(E))
        for (const auto &I : E.Children)
          if (I->Name == "Import" && condition(*I))
            if (Error Err = import(*I, Depth))
              return Err;
    } else if (E.Name == "Choose") {
      for (const auto &W : E.Children) {
        if (W->Name == "Otherwise" || (W->Name == "When" && condition(*W)))
          return children(*W, Depth);
      }
    } else if (E.Name == "ItemGroup" || E.Name == "ItemDefinitionGroup") {
      Items.push_back({&E, Current});
    }
    return Error::success();
  }

  Error import(const XmlElement &E, unsigned Depth) {
    const std::string *Attr = E.attribute("Project");
    if (!Attr)
      return Error::success();
    std::string Raw = expand(*Attr);
    if (StringRef(Raw).trim().empty())
      return Error::success();
    std::string Path = findOnDisk(absolutePath(Raw, Current->Dir));
    if (sys::fs::is_regular_file(Path))
      return readFile(Path, Depth + 1);
    // The Visual Studio and WDK build logic is not on this machine.
    StringRef A(*Attr);
    StringRef Name = sys::path::filename(Path);
    bool Toolset = A.contains_insensitive("VCTargetsPath") ||
                   A.contains_insensitive("UserRootDir") ||
                   A.contains_insensitive("MSBuildExtensionsPath") ||
                   A.contains_insensitive("MSBuildToolsPath") ||
                   Name.starts_with_insensitive("Microsoft.") ||
                   Name.starts_with_insensitive("WindowsDriver.");
    if (!Toolset)
      Project.Notes.push_back((Twine(Current->Path) + ":" + Twine(E.Line) +
                               ": imported file '" + Raw +
                               "' not found; ignored")
                                  .str());
    return Error::success();
  }

  // Item pass ----------------------------------------------------------------

  /// Applies the metadata children of \p E to \p M; %(Name) is the value so
  /// far.
  void metadata(const XmlElement &E, Metadata &M) {
    for (const auto &C : E.Children)
      if (condition(*C))
        M[StringRef(C->Name).lower()] = expand(C->Text, &M);
  }

  void itemDefinitions(const XmlElement &G, const FileContext &F) {
    Current = &F;
    if (condition(G))
      for (const auto &D : G.Children)
        if (D->Name == "ClCompile" && condition(*D))
          metadata(*D, ClDefaults);
    Current = nullptr;
  }

  void itemGroup(const XmlElement &G, const FileContext &F) {
    Current = &F;
    if (condition(G))
      for (const auto &I : G.Children)
        if (I->Name == "ClCompile" && condition(*I))
          clCompile(*I);
    Current = nullptr;
  }

  static std::vector<std::string> list(StringRef S) {
    SmallVector<StringRef, 16> Parts;
    S.split(Parts, ';');
    std::vector<std::string> Out;
    for (StringRef P : Parts) {
      P = P.trim();
      if (!P.empty() && !P.starts_with("%("))
        Out.push_back(P.str());
    }
    return Out;
  }

  void clCompile(const XmlElement &I) {
    const std::string *Include = I.attribute("Include");
    if (!Include)
      return; // Update/Remove are not supported
    Metadata M = ClDefaults;
    metadata(I, M);
    if (StringRef(M["excludedfrombuild"]).trim().equals_insensitive("true"))
      return;
    for (const std::string &F : list(expand(*Include))) {
      std::string Path = findOnDisk(absolutePath(F, Current->Dir));
      if (!sys::fs::is_regular_file(Path)) {
        Project.MissingFiles.push_back(Path);
        continue;
      }
      Project.Commands.push_back(command(Path, M));
    }
  }

  CompileCommand command(const std::string &File, Metadata &M) const {
    std::string Plat = StringRef(property("Platform")).lower();
    bool X86 = Plat == "win32" || Plat == "x86";
    bool Arm64 = Plat == "arm64";
    std::vector<std::string> Args = {"clang"};
    Args.push_back(X86     ? "--target=i686-pc-windows-msvc"
                   : Arm64 ? "--target=aarch64-pc-windows-msvc"
                           : "--target=x86_64-pc-windows-msvc");
    for (const char *A : {"-fms-extensions", "-fms-compatibility",
                          "-fms-compatibility-version=19.33", "-D_WIN32"})
      Args.push_back(A);
    if (X86) {
      Args.push_back("-D_X86_");
    } else if (Arm64) {
      Args.insert(Args.end(), {"-D_WIN64", "-D_ARM64_", "-DARM64"});
    } else {
      Args.insert(Args.end(), {"-D_WIN64", "-D_AMD64_", "-DAMD64"});
    }
    Args.insert(Args.end(), {"-D_KERNEL_MODE", "-DWINNT=1", "-w"});
    StringRef Ext = sys::path::extension(File);
    std::string CompileAs = StringRef(M["compileas"]).trim().lower();
    bool Cxx = CompileAs == "compileascpp" ||
               (CompileAs != "compileasc" && !Ext.equals_insensitive(".c"));
    if (CompileAs == "compileascpp" && Ext.equals_insensitive(".c"))
      Args.push_back("-xc++");
    else if (CompileAs == "compileasc" && !Ext.equals_insensitive(".c"))
      Args.push_back("-xc");
    StringRef Std =
        StringRef(M[Cxx ? "languagestandard" : "languagestandard_c"]).trim();
    static const std::pair<const char *, const char *> Stds[] = {
        {"stdcpp14", "-std=c++14"}, {"stdcpp17", "-std=c++17"},
        {"stdcpp20", "-std=c++20"}, {"stdcpplatest", "-std=c++2c"},
        {"stdc11", "-std=c11"},     {"stdc17", "-std=c17"},
        {"stdclatest", "-std=c2x"}};
    for (const auto &S : Stds)
      if (Std.equals_insensitive(S.first))
        Args.push_back(S.second);
    for (const std::string &D : list(M["additionalincludedirectories"]))
      Args.push_back("-I" + findOnDisk(absolutePath(D, Project.ProjectDir)));
    for (const std::string &D : list(M["preprocessordefinitions"]))
      Args.push_back("-D" + D);
    for (const std::string &D : list(M["undefinepreprocessordefinitions"]))
      Args.push_back("-U" + D);
    for (const std::string &F : list(M["forcedincludefiles"])) {
      Args.push_back("-include");
      // A bare name is looked up on the include path, as cl.exe does.
      StringRef FS(F);
      Args.push_back(FS.contains('/') || FS.contains('\\')
                         ? findOnDisk(absolutePath(F, Project.ProjectDir))
                         : F);
    }
    Args.push_back(File);
    return CompileCommand(Project.ProjectDir, File, std::move(Args), "");
  }
};

} // namespace

Expected<std::unique_ptr<XmlElement>> parseXml(StringRef Text, StringRef File) {
  return XmlParser(Text, File).parse();
}

static Expected<VcxProject> loadSolution(StringRef Sln, StringRef Configuration,
                                         StringRef Platform);

Expected<VcxProject> loadVcxProject(StringRef Path, StringRef Configuration,
                                    StringRef Platform) {
  SmallString<256> Abs(Path);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, true);
  if (!sys::fs::is_regular_file(Abs))
    return createStringError(std::errc::no_such_file_or_directory,
                             "no such project file: '%s'", Abs.c_str());
  if (StringRef(Abs).ends_with_insensitive(".sln"))
    return loadSolution(Abs, Configuration, Platform);
  Evaluator Ev(Abs, Configuration, Platform);
  if (Error E = Ev.run())
    return std::move(E);
  return std::move(Ev.Project);
}

/// Project lines of a solution:
///   Project("{type}") = "Name", "dir\name.vcxproj", "{guid}"
static Expected<VcxProject> loadSolution(StringRef Sln, StringRef Configuration,
                                         StringRef Platform) {
  auto Buf = MemoryBuffer::getFile(Sln, /*IsText=*/true);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read '%s': %s",
                             Sln.str().c_str(),
                             Buf.getError().message().c_str());
  std::string Dir = sys::path::parent_path(Sln).str();
  std::vector<VcxProject> Projects;
  SmallVector<StringRef, 64> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  for (StringRef Line : Lines) {
    Line = Line.trim();
    if (!Line.starts_with("Project("))
      continue;
    // The second quoted string after '=' is the project path.
    size_t Eq = Line.find('=');
    SmallVector<StringRef, 8> Quoted;
    Line.substr(Eq == StringRef::npos ? 0 : Eq).split(Quoted, '"');
    if (Quoted.size() < 4)
      continue;
    std::string Rel = Quoted[3].str();
    std::replace(Rel.begin(), Rel.end(), '\\', '/');
    if (!StringRef(Rel).ends_with_insensitive(".vcxproj"))
      continue; // solution folders, C# projects, ...
    std::string Path = findOnDisk(absolutePath(Rel, Dir));
    Expected<VcxProject> P = loadVcxProject(Path, Configuration, Platform);
    if (!P)
      return P.takeError();
    Projects.push_back(std::move(*P));
  }
  if (Projects.empty())
    return createStringError(std::errc::invalid_argument,
                             "%s: the solution lists no .vcxproj project",
                             Sln.str().c_str());
  bool AnyDriver =
      llvm::any_of(Projects, [](const VcxProject &P) { return P.IsDriver; });
  VcxProject All;
  All.ProjectFile = Sln.str();
  All.ProjectDir = Dir;
  All.IsDriver = AnyDriver;
  for (VcxProject &P : Projects) {
    if (AnyDriver && !P.IsDriver) {
      All.Notes.push_back("skipping '" +
                          sys::path::filename(P.ProjectFile).str() +
                          "': not a driver project");
      continue;
    }
    All.Notes.push_back("analysing '" +
                        sys::path::filename(P.ProjectFile).str() + "'");
    for (auto &C : P.Commands)
      All.Commands.push_back(std::move(C));
    All.MissingFiles.insert(All.MissingFiles.end(), P.MissingFiles.begin(),
                            P.MissingFiles.end());
    All.Notes.insert(All.Notes.end(), P.Notes.begin(), P.Notes.end());
  }
  return All;
}

VcxCompilationDatabase::VcxCompilationDatabase(
    std::vector<CompileCommand> Commands) {
  for (CompileCommand &C : Commands)
    ByFile[C.Filename].push_back(std::move(C));
}

std::vector<CompileCommand>
VcxCompilationDatabase::getCompileCommands(StringRef FilePath) const {
  SmallString<256> Abs(FilePath);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, true);
  auto It = ByFile.find(Abs.str().str());
  return It == ByFile.end() ? std::vector<CompileCommand>() : It->second;
}

std::vector<std::string> VcxCompilationDatabase::getAllFiles() const {
  std::vector<std::string> Out;
  for (const auto &F : ByFile)
    Out.push_back(F.first);
  return Out;
}

std::vector<CompileCommand>
VcxCompilationDatabase::getAllCompileCommands() const {
  std::vector<CompileCommand> Out;
  for (const auto &F : ByFile)
    Out.insert(Out.end(), F.second.begin(), F.second.end());
  return Out;
}

} // namespace storport
