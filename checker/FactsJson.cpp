//===- FactsJson.cpp - Facts as JSON --------------------------------------===//

#include "FactsJson.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace storport {

namespace {

json::Value toJson(const Site &S) {
  return json::Array{S.File, static_cast<int64_t>(S.Line),
                     static_cast<int64_t>(S.Col)};
}

json::Value toJson(const AccessPath &P) {
  json::Array Elems;
  for (const PathElem &E : P.Elems) {
    switch (E.K) {
    case PathElem::Field:
      Elems.push_back(json::Array{"f", E.Name});
      break;
    case PathElem::Deref:
      Elems.push_back(json::Array{"d"});
      break;
    case PathElem::Index:
      Elems.push_back(E.Idx ? json::Array{"i", *E.Idx} : json::Array{"i"});
      break;
    }
  }
  return json::Object{
      {"param", P.Param}, {"type", P.RootType}, {"elems", std::move(Elems)}};
}

json::Value toJson(const std::vector<CallStep> &Chain) {
  json::Array A;
  for (const CallStep &S : Chain) {
    json::Object O{
        {"caller", S.Caller}, {"callee", S.Callee}, {"at", toJson(S.CallSite)}};
    if (!S.Via.empty())
      O["via"] = S.Via;
    A.push_back(std::move(O));
  }
  return A;
}

json::Value toJson(const std::vector<std::string> &V) {
  json::Array A;
  for (const std::string &S : V)
    A.push_back(S);
  return A;
}

/// Reads the pieces back, recording the first error with its location.
class Reader {
public:
  std::string Error;

  bool fail(const Twine &Where, const Twine &What) {
    if (Error.empty())
      Error = (Where + ": " + What).str();
    return false;
  }

  bool site(const json::Value *V, const Twine &Where, Site &Out) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A || A->size() != 3 || !(*A)[0].getAsString() ||
        !(*A)[1].getAsInteger() || !(*A)[2].getAsInteger())
      return fail(Where, "expected [file, line, column]");
    Out.File = (*A)[0].getAsString()->str();
    Out.Line = static_cast<unsigned>(*(*A)[1].getAsInteger());
    Out.Col = static_cast<unsigned>(*(*A)[2].getAsInteger());
    return true;
  }

  bool path(const json::Value *V, const Twine &Where, AccessPath &Out) {
    const json::Object *O = V ? V->getAsObject() : nullptr;
    if (!O)
      return fail(Where, "expected an access path object");
    std::optional<int64_t> Param = O->getInteger("param");
    std::optional<StringRef> Type = O->getString("type");
    const json::Array *Elems = O->getArray("elems");
    if (!Param || !Type || !Elems)
      return fail(Where, "access path needs param, type and elems");
    Out.Param = static_cast<int>(*Param);
    Out.RootType = Type->str();
    for (const json::Value &E : *Elems) {
      const json::Array *A = E.getAsArray();
      std::optional<StringRef> K =
          A && !A->empty() ? (*A)[0].getAsString() : std::nullopt;
      if (!K)
        return fail(Where, "bad path element");
      if (*K == "f" && A->size() == 2 && (*A)[1].getAsString())
        Out.Elems.push_back(
            {PathElem::Field, (*A)[1].getAsString()->str(), {}});
      else if (*K == "d")
        Out.Elems.push_back({PathElem::Deref, "", {}});
      else if (*K == "i")
        Out.Elems.push_back(
            {PathElem::Index, "",
             A->size() == 2 ? (*A)[1].getAsInteger() : std::nullopt});
      else
        return fail(Where, "bad path element '" + *K + "'");
    }
    return true;
  }

  bool strings(const json::Value *V, const Twine &Where,
               std::vector<std::string> &Out) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A)
      return fail(Where, "expected an array of strings");
    for (const json::Value &E : *A) {
      if (!E.getAsString())
        return fail(Where, "expected an array of strings");
      Out.push_back(E.getAsString()->str());
    }
    return true;
  }

  bool chain(const json::Value *V, const Twine &Where,
             std::vector<CallStep> &Out) {
    const json::Array *A = V ? V->getAsArray() : nullptr;
    if (!A)
      return fail(Where, "expected a call chain");
    for (const json::Value &E : *A) {
      const json::Object *O = E.getAsObject();
      CallStep S;
      if (!O || !O->getString("caller") || !O->getString("callee"))
        return fail(Where, "call step needs caller and callee");
      S.Caller = O->getString("caller")->str();
      S.Callee = O->getString("callee")->str();
      if (std::optional<StringRef> Via = O->getString("via"))
        S.Via = Via->str();
      if (!site(O->get("at"), Where, S.CallSite))
        return false;
      Out.push_back(std::move(S));
    }
    return true;
  }

  std::string str(const json::Object &O, StringRef Key, const Twine &Where) {
    if (std::optional<StringRef> S = O.getString(Key))
      return S->str();
    fail(Where, "missing string member '" + Key + "'");
    return "";
  }
};

} // namespace

json::Value factsToJson(const TUFacts &F, StringRef MainFile) {
  json::Array Accesses, Regs, Perf, Calls, Effects, Roots;
  for (const Access &A : F.Accesses)
    Accesses.push_back(json::Object{{"root", A.Root},
                                    {"path", toJson(A.Path)},
                                    {"write", A.Kind == AccessKind::Write},
                                    {"atomic", A.Atomic},
                                    {"rmw", A.ReadModifyWrite},
                                    {"locks", toJson(A.Locks)},
                                    {"at", toJson(A.Where)},
                                    {"chain", toJson(A.Chain)}});
  for (const Registration &R : F.Registrations) {
    json::Object O{{"function", R.Function},  {"role", roleName(R.TheRole)},
                   {"at", toJson(R.Where)},   {"how", R.How},
                   {"byRoot", R.ByRoot},      {"locks", toJson(R.Locks)},
                   {"chain", toJson(R.Chain)}};
    if (R.Context)
      O["context"] = toJson(*R.Context);
    Regs.push_back(std::move(O));
  }
  for (const PerfRequest &P : F.PerfRequests)
    Perf.push_back(json::Object{
        {"root", P.Root}, {"at", toJson(P.Where)}, {"chain", toJson(P.Chain)}});
  for (const CallRecord &C : F.Calls) {
    json::Array Args;
    for (const auto &A : C.Args)
      Args.push_back(
          json::Object{{"param", A.first}, {"value", toJson(A.second)}});
    Calls.push_back(json::Object{{"root", C.Root},
                                 {"callee", C.Callee},
                                 {"args", std::move(Args)},
                                 {"locks", toJson(C.Locks)},
                                 {"at", toJson(C.Where)},
                                 {"chain", toJson(C.Chain)}});
  }
  for (const LockEffect &E : F.LockEffects)
    Effects.push_back(json::Object{{"function", E.Function},
                                   {"acquire", E.Acquire},
                                   {"lock", E.Lock},
                                   {"handleParam", E.HandleParam}});
  for (const std::string &R : F.AnalysedRoots)
    Roots.push_back(R);
  json::Object Top{
      {"version", SummaryFormatVersion},   {"file", MainFile},
      {"accesses", std::move(Accesses)},   {"registrations", std::move(Regs)},
      {"perfRequests", std::move(Perf)},   {"calls", std::move(Calls)},
      {"lockEffects", std::move(Effects)}, {"roots", std::move(Roots)}};
  if (F.FullDuplexSite)
    Top["fullDuplexAt"] = toJson(*F.FullDuplexSite);
  return Top;
}

Expected<TUFacts> factsFromJson(const json::Value &V) {
  Reader R;
  TUFacts F;
  const json::Object *Top = V.getAsObject();
  if (!Top)
    return createStringError(inconvertibleErrorCode(),
                             "a summary must be a JSON object");
  if (Top->getInteger("version") != SummaryFormatVersion)
    return createStringError(inconvertibleErrorCode(),
                             "unsupported summary version (expected %d)",
                             static_cast<int>(SummaryFormatVersion));
  auto Items = [&](StringRef Key) -> const json::Array * {
    const json::Array *A = Top->getArray(Key);
    if (!A)
      R.fail(Key, "missing array");
    return A;
  };
  // Calls Each(object, "key[i]") for the objects of the array under Key,
  // stopping at the first element that is not an object.
  auto ForEachObject =
      [&](StringRef Key,
          llvm::function_ref<void(const json::Object &, const std::string &)>
              Each) {
        const json::Array *A = Items(Key);
        for (size_t I = 0; A && I < A->size(); ++I) {
          std::string Where = (Key + "[" + Twine(I) + "]").str();
          const json::Object *O = (*A)[I].getAsObject();
          if (!O) {
            R.fail(Where, "expected an object");
            return;
          }
          Each(*O, Where);
        }
      };
  ForEachObject(
      "accesses", [&](const json::Object &O, const std::string &Where) {
        Access X;
        X.Root = R.str(O, "root", Where);
        X.Kind = O.getBoolean("write").value_or(false) ? AccessKind::Write
                                                       : AccessKind::Read;
        X.Atomic = O.getBoolean("atomic").value_or(false);
        X.ReadModifyWrite = O.getBoolean("rmw").value_or(false);
        R.path(O.get("path"), Where, X.Path);
        R.strings(O.get("locks"), Where, X.Locks);
        R.site(O.get("at"), Where, X.Where);
        R.chain(O.get("chain"), Where, X.Chain);
        F.Accesses.insert(std::move(X));
      });
  ForEachObject("registrations",
                [&](const json::Object &O, const std::string &Where) {
                  Registration X;
                  X.Function = R.str(O, "function", Where);
                  std::optional<Role> Ro = parseRole(R.str(O, "role", Where));
                  if (!Ro && R.Error.empty())
                    R.fail(Where, "unknown role");
                  X.TheRole = Ro.value_or(Role::HwStorStartIo);
                  R.site(O.get("at"), Where, X.Where);
                  X.How = R.str(O, "how", Where);
                  X.ByRoot = R.str(O, "byRoot", Where);
                  R.strings(O.get("locks"), Where, X.Locks);
                  R.chain(O.get("chain"), Where, X.Chain);
                  if (const json::Value *C = O.get("context")) {
                    AccessPath P;
                    if (R.path(C, Where, P))
                      X.Context = std::move(P);
                  }
                  F.Registrations.insert(std::move(X));
                });
  ForEachObject("perfRequests",
                [&](const json::Object &O, const std::string &Where) {
                  PerfRequest X;
                  X.Root = R.str(O, "root", Where);
                  R.site(O.get("at"), Where, X.Where);
                  R.chain(O.get("chain"), Where, X.Chain);
                  F.PerfRequests.insert(std::move(X));
                });
  ForEachObject("calls", [&](const json::Object &O, const std::string &Where) {
    const json::Array *Args = O.getArray("args");
    if (!Args) {
      R.fail(Where, "expected an object with args");
      return;
    }
    CallRecord X;
    X.Root = R.str(O, "root", Where);
    X.Callee = R.str(O, "callee", Where);
    for (const json::Value &Arg : *Args) {
      const json::Object *AO = Arg.getAsObject();
      AccessPath P;
      if (!AO || !AO->getInteger("param") ||
          !R.path(AO->get("value"), Where, P)) {
        R.fail(Where, "bad argument");
        break;
      }
      X.Args.emplace_back(static_cast<int>(*AO->getInteger("param")),
                          std::move(P));
    }
    R.strings(O.get("locks"), Where, X.Locks);
    R.site(O.get("at"), Where, X.Where);
    R.chain(O.get("chain"), Where, X.Chain);
    F.Calls.insert(std::move(X));
  });
  ForEachObject("lockEffects", [&](const json::Object &O,
                                   const std::string &Where) {
    LockEffect X;
    X.Function = R.str(O, "function", Where);
    X.Acquire = O.getBoolean("acquire").value_or(true);
    X.Lock = R.str(O, "lock", Where);
    X.HandleParam = static_cast<int>(O.getInteger("handleParam").value_or(-1));
    F.LockEffects.insert(std::move(X));
  });
  if (const json::Array *A = Items("roots"))
    for (const json::Value &E : *A)
      if (std::optional<StringRef> S = E.getAsString())
        F.AnalysedRoots.insert(S->str());
  if (const json::Value *D = Top->get("fullDuplexAt")) {
    Site S;
    if (R.site(D, "fullDuplexAt", S))
      F.FullDuplexSite = S;
  }
  if (!R.Error.empty())
    return createStringError(inconvertibleErrorCode(), R.Error);
  return F;
}

Expected<TUFacts> readSummaryFile(StringRef Path) {
  auto Buf = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return createStringError(Buf.getError(), "cannot read: %s",
                             Buf.getError().message().c_str());
  Expected<json::Value> Doc = json::parse((*Buf)->getBuffer());
  if (!Doc)
    return Doc.takeError();
  return factsFromJson(*Doc);
}

Error writeSummaryFile(StringRef Dir, const TUFacts &F, StringRef MainFile) {
  SmallString<256> Abs(MainFile);
  sys::fs::make_absolute(Abs);
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return createStringError(EC, "cannot create summary directory '%s': %s",
                             Dir.str().c_str(), EC.message().c_str());
  SmallString<256> Path(Dir);
  sys::path::append(Path, sys::path::filename(MainFile) + "-" +
                              utohexstr(xxh3_64bits(Abs.str())) + ".json");
  std::string Text;
  raw_string_ostream OS(Text);
  OS << formatv("{0:2}", factsToJson(F, Abs.str())) << "\n";
  return writeFileAtomically(Path, OS.str());
}

Error writeFileAtomically(StringRef Path, StringRef Text) {
  // A device or pipe (-o /dev/null, /dev/stdout, a FIFO) is written in
  // place: renaming over it would replace it with a regular file.
  sys::fs::file_status St;
  if (!sys::fs::status(Path, St) &&
      St.type() != sys::fs::file_type::regular_file &&
      St.type() != sys::fs::file_type::file_not_found) {
    std::error_code EC;
    raw_fd_ostream OS(Path, EC, sys::fs::OF_None);
    if (!EC) {
      OS << Text;
      OS.close();
      EC = OS.error();
    }
    if (EC)
      return createStringError(EC, "cannot write '%s'", Path.str().c_str());
    return Error::success();
  }
  SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          sys::fs::createUniqueFile(Path + ".tmp-%%%%%%", FD, Temp))
    return createStringError(EC, "cannot create a temporary file next to '%s'",
                             Path.str().c_str());
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      sys::fs::remove(Temp);
      return createStringError(OS.error(), "cannot write '%s'", Temp.c_str());
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Path)) {
    sys::fs::remove(Temp);
    return createStringError(EC, "cannot rename '%s' to '%s'", Temp.c_str(),
                             Path.str().c_str());
  }
  return Error::success();
}

} // namespace storport
