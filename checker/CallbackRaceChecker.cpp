//===- CallbackRaceChecker.cpp - storport.CallbackRace --------------------===//
//
// The path-sensitive engine. While the analyzer explores each function of the
// translation unit as a top-level root, this checker only records facts
// (Facts.h): loads and stores of memory reached from the root's parameters
// with the locks held, callback registrations, perf-mode requests and the
// duplex setting. Storport DDIs and interlocked APIs are evaluated here (so a
// WDK inline wrapper and a plain prototype behave the same). At the end of
// the translation unit the race rule (RaceRule.h) decides and the reporter
// (Reporter.h) explains.
//
//===----------------------------------------------------------------------===//

#include "CallbackRaceChecker.h"

#include "Compat.h"
#include "FactsJson.h"
#include "Reporter.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"
#include "clang/StaticAnalyzer/Core/BugReporter/BugReporter.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExprEngine.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace ento;

namespace storport {

//===----------------------------------------------------------------------===//
// Path state
//===----------------------------------------------------------------------===//

/// A lock held on the current path. Spin locks are released through their
/// handle; locks without a handle (MSI, user wrappers) by name.
struct HeldLockEntry {
  const char *Name;        ///< interned lock identity
  const MemRegion *Handle; ///< PSTOR_LOCK_HANDLE region, may be null

  bool operator==(const HeldLockEntry &O) const {
    return Name == O.Name && Handle == O.Handle;
  }
  bool operator<(const HeldLockEntry &O) const {
    return std::tie(Name, Handle) < std::tie(O.Name, O.Handle);
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddPointer(Name);
    ID.AddPointer(Handle);
  }
};

} // namespace storport

REGISTER_SET_WITH_PROGRAMSTATE(StorportHeldLocks, storport::HeldLockEntry)
/// Where each HW_INITIALIZATION_DATA callback member was last assigned.
REGISTER_MAP_WITH_PROGRAMSTATE(StorportInitFieldSites, const MemRegion *,
                               const Stmt *)

namespace storport {

namespace {

/// The key of a function across the driver: its qualified name, plus
/// "@<file>" for functions with internal linkage, which may repeat in other
/// files (displayName() strips it).
std::string functionName(const Decl *D) {
  const auto *ND = dyn_cast_or_null<NamedDecl>(D);
  if (!ND)
    return "<unknown>";
  std::string Name = ND->getQualifiedNameAsString();
  if (!ND->isExternallyVisible()) {
    const SourceManager &SM = ND->getASTContext().getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(ND->getLocation()));
    if (P.isValid())
      Name +=
          std::string("@") + llvm::sys::path::filename(P.getFilename()).str();
  }
  return Name;
}

const StackFrameContext *topFrame(const LocationContext *LC) {
  const StackFrameContext *SF = LC->getStackFrame();
  while (SF->getParent())
    SF = SF->getParent()->getStackFrame();
  return SF;
}

/// "ADAPTER_EXTENSION" for `struct _ADAPTER_EXTENSION` when a typedef with
/// the conventional name exists (WDK style), else the record's own name.
std::string recordDisplayName(const RecordDecl *RD) {
  if (!RD)
    return "";
  if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
    return TD->getNameAsString();
  std::string Name = RD->getNameAsString();
  if (Name.size() > 1 && Name[0] == '_') {
    ASTContext &Ctx = RD->getASTContext();
    IdentifierInfo &II = Ctx.Idents.get(StringRef(Name).drop_front());
    for (const NamedDecl *ND :
         RD->getDeclContext()->getRedeclContext()->lookup(&II))
      if (const auto *TD = dyn_cast<TypedefNameDecl>(ND))
        if (TD->getUnderlyingType()->getAsRecordDecl() == RD)
          return TD->getNameAsString();
  }
  return Name;
}

} // namespace

//===----------------------------------------------------------------------===//
// Construction and options
//===----------------------------------------------------------------------===//

CallbackRaceChecker::CallbackRaceChecker() = default;
CallbackRaceChecker::~CallbackRaceChecker() = default;

const BugType &CallbackRaceChecker::bugTypeFor(Role A, Role B,
                                               bool Same) const {
  if (B < A)
    std::swap(A, B);
  auto Key = std::make_tuple(static_cast<int>(A), static_cast<int>(B), Same);
  std::unique_ptr<BugType> &BT = BugTypes[Key];
  if (!BT)
    BT = std::make_unique<BugType>(this, bugTypeName(A, B, Same), BugCategory);
  return *BT;
}

const char *CallbackRaceChecker::intern(StringRef S) const {
  return Interned.insert(S).first->getKeyData();
}

//===----------------------------------------------------------------------===//
// Naming memory
//===----------------------------------------------------------------------===//

std::optional<AccessPath>
CallbackRaceChecker::pathOf(const MemRegion *R,
                            const StackFrameContext *Top) const {
  if (!R)
    return std::nullopt;
  auto Cached = PathCache.find(R);
  if (Cached != PathCache.end())
    return Cached->second;

  std::vector<PathElem> Rev; // innermost first
  const RecordDecl *OutermostRecord = nullptr;
  const MemRegion *Cur = R;
  std::optional<AccessPath> Result;
  for (unsigned Depth = 0; Cur && Depth < 64; ++Depth) {
    if (const auto *FR = dyn_cast<FieldRegion>(Cur)) {
      Rev.push_back({PathElem::Field, FR->getDecl()->getNameAsString(), {}});
      OutermostRecord = FR->getDecl()->getParent();
      Cur = FR->getSuperRegion();
      continue;
    }
    if (const auto *ER = dyn_cast<ElementRegion>(Cur)) {
      const MemRegion *Super = ER->getSuperRegion();
      bool SuperIsArray = false;
      if (const auto *TR = dyn_cast<TypedValueRegion>(Super))
        SuperIsArray = TR->getValueType()->isArrayType();
      std::optional<int64_t> Idx = compat::concreteInt(ER->getIndex());
      if (SuperIsArray || !Idx || *Idx != 0)
        Rev.push_back({PathElem::Index, "", Idx});
      // else: a cast of the object (ElementRegion at index 0).
      Cur = Super;
      continue;
    }
    if (const auto *SR = dyn_cast<SymbolicRegion>(Cur)) {
      SymbolRef Sym = SR->getSymbol();
      const MemRegion *Origin = nullptr;
      if (const auto *RV = dyn_cast<SymbolRegionValue>(Sym))
        Origin = RV->getRegion();
      else if (const auto *DV = dyn_cast<SymbolDerived>(Sym))
        Origin = DV->getRegion();
      if (!Origin)
        break;
      // The root's own parameters, and the object of a C++ member function
      // analysed as a root, are where paths start.
      std::optional<int> Param;
      if (const auto *TR = dyn_cast<CXXThisRegion>(Origin)) {
        const auto *Space = dyn_cast<StackSpaceRegion>(TR->getSuperRegion());
        if (Space && Space->getStackFrame() == Top)
          Param = AccessPath::ThisParam;
      } else if (const auto *VR = dyn_cast<VarRegion>(Origin)) {
        const auto *PD = dyn_cast<ParmVarDecl>(VR->getDecl());
        if (PD && VR->getStackFrame() == Top)
          Param = PD->getFunctionScopeIndex();
      } else {
        // A pointer loaded from memory reachable from a parameter.
        Rev.push_back({PathElem::Deref, "", {}});
        OutermostRecord = nullptr;
        Cur = Origin;
        continue;
      }
      if (Param) {
        AccessPath P;
        P.Param = *Param;
        std::reverse(Rev.begin(), Rev.end());
        P.Elems = std::move(Rev);
        P.RootType = recordDisplayName(OutermostRecord);
        Result = std::move(P);
      }
      break;
    }
    break;
  }
  PathCache[R] = Result;
  return Result;
}

//===----------------------------------------------------------------------===//
// Sites, chains, locks
//===----------------------------------------------------------------------===//

Site CallbackRaceChecker::siteOf(SourceLocation Loc,
                                 const SourceManager &SM) const {
  Site S;
  if (Loc.isInvalid())
    return S;
  SourceLocation E = SM.getExpansionLoc(Loc);
  PresumedLoc P = SM.getPresumedLoc(E);
  if (P.isValid()) {
    // Absolute, so that sites from files compiled in different directories
    // can be combined.
    SmallString<256> Abs(P.getFilename());
    SM.getFileManager().makeAbsolutePath(Abs);
    llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
    S.File = Abs.str().str();
    S.Line = P.getLine();
    S.Col = P.getColumn();
  }
  S.RawLoc = E.getRawEncoding();
  return S;
}

std::vector<CallStep>
CallbackRaceChecker::chainOf(const LocationContext *LC,
                             const SourceManager &SM) const {
  const StackFrameContext *SF = LC->getStackFrame();
  auto It = ChainCache.find(SF);
  if (It != ChainCache.end())
    return It->second;
  std::vector<CallStep> Rev;
  for (const StackFrameContext *Cur = SF; Cur->getParent();
       Cur = Cur->getParent()->getStackFrame()) {
    CallStep Step;
    Step.Callee = functionName(Cur->getDecl());
    Step.Caller = functionName(Cur->getParent()->getStackFrame()->getDecl());
    if (const Stmt *CS = Cur->getCallSite())
      Step.CallSite = siteOf(CS->getBeginLoc(), SM);
    Rev.push_back(std::move(Step));
  }
  std::reverse(Rev.begin(), Rev.end());
  ChainCache[SF] = Rev;
  return Rev;
}

std::vector<std::string>
CallbackRaceChecker::locksHeld(ProgramStateRef State) const {
  std::vector<std::string> Out;
  for (const HeldLockEntry &E : State->get<StorportHeldLocks>())
    Out.push_back(E.Name);
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

void CallbackRaceChecker::printState(raw_ostream &Out, ProgramStateRef State,
                                     const char *NL, const char *Sep) const {
  auto Locks = State->get<StorportHeldLocks>();
  if (Locks.isEmpty())
    return;
  Out << Sep << "Storport locks held:" << NL;
  for (const HeldLockEntry &E : Locks) {
    Out << "  " << E.Name;
    if (E.Handle)
      Out << " (handle " << E.Handle << ")";
    Out << NL;
  }
}

//===----------------------------------------------------------------------===//
// Recording accesses
//===----------------------------------------------------------------------===//

void CallbackRaceChecker::recordAccess(const MemRegion *R, AccessKind Kind,
                                       bool Atomic, const Stmt *S,
                                       CheckerContext &C, bool RMW) const {
  if (!R || !isa<SubRegion>(R))
    return;
  // Only memory reached through a symbolic pointer can be shared state.
  if (!isa<SymbolicRegion>(R->getBaseRegion()))
    return;
  // The same access seen again on another path, with the same locks and
  // call chain, adds nothing: skip it before building any strings.
  auto Key = std::make_tuple(
      static_cast<const void *>(R), static_cast<const void *>(S),
      static_cast<const void *>(C.getLocationContext()->getStackFrame()),
      static_cast<const void *>(
          C.getState()->get<StorportHeldLocks>().getRootWithoutRetain()),
      static_cast<unsigned>(Kind) * 4 + (Atomic ? 2 : 0) + (RMW ? 1 : 0));
  if (!SeenAccesses.insert(Key).second)
    return;
  const StackFrameContext *Top = topFrame(C.getLocationContext());
  std::optional<AccessPath> P = pathOf(R, Top);
  if (!P || P->Elems.empty())
    return;
  if (!Atomic)
    if (const auto *TR = dyn_cast<TypedValueRegion>(R))
      Atomic = TR->getValueType()->isAtomicType();
  const SourceManager &SM = C.getSourceManager();
  Access A;
  A.Root = functionName(Top->getDecl());
  A.Path = std::move(*P);
  A.Kind = Kind;
  A.Atomic = Atomic;
  A.ReadModifyWrite = Atomic && RMW;
  A.Locks = locksHeld(C.getState());
  A.Where = siteOf(S ? S->getBeginLoc() : SourceLocation(), SM);
  A.Chain = chainOf(C.getLocationContext(), SM);
  Facts.Accesses.insert(std::move(A));
}

void CallbackRaceChecker::checkLocation(SVal Loc, bool IsLoad, const Stmt *S,
                                        CheckerContext &C) const {
  recordAccess(Loc.getAsRegion(), IsLoad ? AccessKind::Read : AccessKind::Write,
               /*Atomic=*/false, S, C);
}

void CallbackRaceChecker::checkPreStmt(const AtomicExpr *AE,
                                       CheckerContext &C) const {
  const MemRegion *R = C.getSVal(AE->getPtr()).getAsRegion();
  AccessKind Kind = AccessKind::Write;
  bool RMW = true;
  switch (AE->getOp()) {
  case AtomicExpr::AO__c11_atomic_load:
  case AtomicExpr::AO__atomic_load:
  case AtomicExpr::AO__atomic_load_n:
    Kind = AccessKind::Read;
    RMW = false;
    break;
  case AtomicExpr::AO__c11_atomic_init:
  case AtomicExpr::AO__c11_atomic_store:
  case AtomicExpr::AO__atomic_store:
  case AtomicExpr::AO__atomic_store_n:
    RMW = false;
    break;
  default:
    break;
  }
  recordAccess(R, Kind, /*Atomic=*/true, AE, C, RMW);
}

//===----------------------------------------------------------------------===//
// Roots
//===----------------------------------------------------------------------===//

void CallbackRaceChecker::checkBeginFunction(CheckerContext &C) const {
  if (!C.inTopFrame())
    return;
  PathCache.clear();
  ChainCache.clear();
  SeenAccesses.clear();
  const Decl *D = C.getLocationContext()->getDecl();
  std::string Name = functionName(D);
  if (Facts.AnalysedRoots.insert(Name).second)
    ++Facts.Counters.RootsAnalysed;
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    Functions.try_emplace(Name, FD);
}

void CallbackRaceChecker::checkEndAnalysis(ExplodedGraph &G, BugReporter &BR,
                                           ExprEngine &Eng) const {
  if (Eng.wasBlocksExhausted())
    ++Facts.Counters.RootsCutByBlockLimit;
  const CoreEngine &CE = Eng.getCoreEngine();
  if (Eng.hasEmptyWorkList() && !CE.wasBlockAborted())
    return;
  // The node budget ran out with paths still to explore: accesses on them
  // are missing from the facts.
  ++Facts.Counters.RootsStoppedByBudget;
  if (const ExplodedNode *Root = compat::graphRoot(G))
    Facts.Counters.StoppedRoots.insert(
        functionName(Root->getLocationContext()->getDecl()));
}

//===----------------------------------------------------------------------===//
// Binds: registration sites and the duplex setting
//===----------------------------------------------------------------------===//

void CallbackRaceChecker::checkBind(STORPORT_CHECK_BIND_PARAMS) const {
  const auto *FR = dyn_cast_or_null<FieldRegion>(Loc.getAsRegion());
  if (!FR)
    return;
  const FieldDecl *FD = FR->getDecl();
  StringRef Field = FD->getName();
  if (Model.isInitDataRecord(recordDisplayName(FD->getParent()))) {
    for (const auto &F : Model.initDataFields())
      if (F.first == Field && Val.getAsFunctionDecl()) {
        ProgramStateRef St = C.getState()->set<StorportInitFieldSites>(FR, S);
        C.addTransition(St);
        return;
      }
    return;
  }
  if (Field != Model.duplex().Field)
    return;
  // Full duplex is selected when the stored value may equal
  // StorSynchronizeFullDuplex.
  ProgramStateRef State = C.getState();
  SValBuilder &SVB = C.getSValBuilder();
  int64_t Full =
      enumValue(Model.duplex().FullDuplexEnumerator, C.getASTContext());
  QualType Ty = FD->getType();
  if (!Ty->isIntegralOrEnumerationType())
    return;
  SVal Eq = SVB.evalBinOp(State, BO_EQ, Val, SVB.makeIntVal(Full, Ty),
                          SVB.getConditionType());
  bool Possible = true;
  if (auto DEq = Eq.getAs<DefinedOrUnknownSVal>())
    Possible = static_cast<bool>(State->assume(*DEq, true));
  if (!Possible)
    return;
  Site St =
      siteOf(S ? S->getBeginLoc() : SourceLocation(), C.getSourceManager());
  if (!Facts.FullDuplexSite || St < *Facts.FullDuplexSite)
    Facts.FullDuplexSite = St;
}

//===----------------------------------------------------------------------===//
// Enumerators from the translation unit
//===----------------------------------------------------------------------===//

int64_t CallbackRaceChecker::enumValue(StringRef Name, ASTContext &Ctx) const {
  auto It = EnumCache.find(Name);
  if (It != EnumCache.end())
    return It->second;
  int64_t V = Model.fallbackValue(Name);
  IdentifierInfo &II = Ctx.Idents.get(Name);
  for (const NamedDecl *ND : Ctx.getTranslationUnitDecl()->lookup(&II))
    if (const auto *ECD = dyn_cast<EnumConstantDecl>(ND)) {
      V = ECD->getInitVal().getExtValue();
      break;
    }
  EnumCache[Name] = V;
  return V;
}

//===----------------------------------------------------------------------===//
// Evaluating Storport DDIs and interlocked APIs
//===----------------------------------------------------------------------===//

const CallbackRaceChecker::CalleeInfo &
CallbackRaceChecker::classify(const FunctionDecl *FD) const {
  auto It = CalleeCache.find(FD);
  if (It != CalleeCache.end())
    return It->second;
  CalleeInfo Info;
  if (const IdentifierInfo *II = FD->getIdentifier()) {
    StringRef Name = II->getName();
    Info.Ddis = Model.ddisFor(Name);
    Info.Raw = Model.isRawDispatcher(Name);
    if (Info.Ddis.empty())
      Info.Atomic = Model.atomicFor(Name);
    Info.MemoryOp = Model.memoryOpFor(Name);
  }
  return CalleeCache.try_emplace(FD, std::move(Info)).first->second;
}

bool CallbackRaceChecker::evalCall(const CallEvent &Call,
                                   CheckerContext &C) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD || !Call.getOriginExpr())
    return false;
  const CalleeInfo &Info = classify(FD);
  if (!Info.Ddis.empty()) {
    const DdiSpec *Spec = nullptr;
    if (Info.Raw) {
      if (Call.getNumArgs() == 0)
        return false;
      std::optional<int64_t> Code = compat::concreteInt(Call.getArgSVal(0));
      if (!Code)
        return false;
      for (const DdiSpec *S : Info.Ddis)
        if (!S->Code.empty() && enumValue(S->Code, C.getASTContext()) == *Code)
          Spec = S;
    } else {
      for (const DdiSpec *S : Info.Ddis)
        if (S->Code.empty() && !(S->OnlyWithoutBody && FD->hasBody()))
          Spec = S;
    }
    if (!Spec)
      return false;
    modelDdi(*Spec, Call, C);
    return true;
  }
  if (Info.Atomic && Call.getNumArgs() > Info.Atomic->TargetArg) {
    modelAtomic(*Info.Atomic, Call, C);
    return true;
  }
  return false;
}

void CallbackRaceChecker::checkPreCall(const CallEvent &Call,
                                       CheckerContext &C) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD)
    return;
  const MemoryOpSpec *Op = classify(FD).MemoryOp;
  if (!Op)
    return;
  // The analyzer may model the copy itself; only the accesses are recorded.
  // A routine given the first element of an array covers the array.
  auto ArgRegion = [&](int I) -> const MemRegion * {
    if (I < 0 || static_cast<unsigned>(I) >= Call.getNumArgs())
      return nullptr;
    const MemRegion *R = Call.getArgSVal(I).getAsRegion();
    if (const auto *ER = dyn_cast_or_null<ElementRegion>(R))
      if (const auto *TR = dyn_cast<TypedValueRegion>(ER->getSuperRegion()))
        if (TR->getValueType()->isArrayType())
          return TR;
    return R;
  };
  if (const MemRegion *Src = ArgRegion(Op->SrcArg))
    recordAccess(Src, AccessKind::Read, false, Call.getOriginExpr(), C);
  if (const MemRegion *Dst = ArgRegion(Op->DestArg))
    recordAccess(Dst, AccessKind::Write, false, Call.getOriginExpr(), C);
}

void CallbackRaceChecker::checkPostCall(const CallEvent &Call,
                                        CheckerContext &C) const {
  if (C.wasInlined)
    return;
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getDecl());
  if (!FD || !FD->getIdentifier() || FD->getBuiltinID())
    return;
  const CalleeInfo &Info = classify(FD);
  if (!Info.Ddis.empty() || Info.Atomic || Info.MemoryOp)
    return; // modelled here: nothing to compose
  const StackFrameContext *Top = topFrame(C.getLocationContext());
  CallRecord CR;
  for (unsigned I = 0, N = Call.getNumArgs(); I < N; ++I)
    if (std::optional<AccessPath> P =
            pathOf(Call.getArgSVal(I).getAsRegion(), Top))
      CR.Args.emplace_back(I, std::move(*P));
  if (const auto *IC = dyn_cast<CXXInstanceCall>(&Call))
    if (std::optional<AccessPath> P =
            pathOf(IC->getCXXThisVal().getAsRegion(), Top))
      CR.Args.emplace_back(AccessPath::ThisParam, std::move(*P));
  if (CR.Args.empty())
    return; // the callee cannot reach the root's memory through arguments
  const SourceManager &SM = C.getSourceManager();
  CR.Root = functionName(Top->getDecl());
  CR.Callee = functionName(FD);
  CR.Locks = locksHeld(C.getState());
  CR.Where = siteOf(Call.getOriginExpr() ? Call.getOriginExpr()->getBeginLoc()
                                         : SourceLocation(),
                    SM);
  CR.Chain = chainOf(C.getLocationContext(), SM);
  Facts.Calls.insert(std::move(CR));
}

int CallbackRaceChecker::handleParam(const MemRegion *Handle,
                                     const StackFrameContext *Top) const {
  std::optional<AccessPath> P = pathOf(Handle, Top);
  return P && P->Elems.empty() ? P->Param : -1;
}

void CallbackRaceChecker::checkEndFunction(const ReturnStmt *,
                                           CheckerContext &C) const {
  if (!C.inTopFrame())
    return;
  // Locks still held when a root returns are what it acquires for its
  // callers: a lock wrapper.
  const StackFrameContext *Top = topFrame(C.getLocationContext());
  std::string Root = functionName(Top->getDecl());
  for (const HeldLockEntry &E : C.getState()->get<StorportHeldLocks>()) {
    LockEffect LE;
    LE.Function = Root;
    LE.Acquire = true;
    LE.Lock = E.Name;
    LE.HandleParam = handleParam(E.Handle, Top);
    Facts.LockEffects.insert(std::move(LE));
  }
}

/// Binds a fresh value as the call's result (nothing for void calls).
static ProgramStateRef bindReturn(ProgramStateRef State, const CallEvent &Call,
                                  CheckerContext &C, const void *Tag) {
  QualType RetTy = Call.getResultType();
  if (RetTy->isVoidType())
    return State;
  SVal V = compat::conjureCallValue(C, Call, RetTy, Tag);
  return State->BindExpr(Call.getOriginExpr(), C.getLocationContext(), V);
}

void CallbackRaceChecker::modelAtomic(const AtomicSpec &Spec,
                                      const CallEvent &Call,
                                      CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  SVal Target = Call.getArgSVal(Spec.TargetArg);
  const MemRegion *R = Target.getAsRegion();
  AccessKind Kind =
      Spec.Kind == AtomicKind::Load ? AccessKind::Read : AccessKind::Write;
  recordAccess(R, Kind, /*Atomic=*/true, Call.getOriginExpr(), C,
               Spec.Kind == AtomicKind::ReadModifyWrite);

  QualType Pointee;
  if (const Expr *Arg = Call.getArgExpr(Spec.TargetArg))
    Pointee = Arg->IgnoreParenImpCasts()->getType()->getPointeeType();
  bool Typed = !Pointee.isNull() && !Pointee->isVoidType() &&
               !Pointee->isIncompleteType() && R;
  auto TargetLoc = Target.getAs<Loc>();
  const LocationContext *LCtx = C.getLocationContext();
  if (Spec.Kind == AtomicKind::Load) {
    QualType RetTy = Call.getResultType();
    if (Typed && TargetLoc && !RetTy->isVoidType()) {
      SVal V = State->getSVal(*TargetLoc, Pointee);
      State = State->BindExpr(Call.getOriginExpr(), LCtx, V);
    } else {
      State = bindReturn(State, Call, C, this);
    }
  } else {
    if (Typed && TargetLoc) {
      SVal NewV;
      if (Spec.Kind == AtomicKind::Store && Call.getNumArgs() > 1)
        NewV = Call.getArgSVal(Spec.TargetArg + 1);
      else
        NewV = compat::conjureStoredValue(C, Call, Pointee.getUnqualifiedType(),
                                          &Interned);
      State = State->bindLoc(*TargetLoc, NewV, LCtx);
    }
    State = bindReturn(State, Call, C, this);
  }
  C.addTransition(State);
}

std::string CallbackRaceChecker::lockName(const DdiSpec &Spec,
                                          const CallEvent &Call,
                                          CheckerContext &C) const {
  const StackFrameContext *Top = topFrame(C.getLocationContext());
  auto PathName = [&](int Arg) -> std::string {
    if (Arg < 0 || static_cast<unsigned>(Arg) >= Call.getNumArgs())
      return "?";
    std::optional<AccessPath> P =
        pathOf(Call.getArgSVal(Arg).getAsRegion(), Top);
    return P ? P->str() : "?";
  };
  switch (Spec.Effect) {
  case DdiEffect::AcquireSpinLock: {
    std::optional<int64_t> KindV =
        compat::concreteInt(Call.getArgSVal(Spec.LockKindArg));
    if (!KindV)
      return "SpinLock(?)";
    int64_t K = *KindV;
    for (const auto &Kind : Model.spinLockKinds())
      if (enumValue(Kind.Name, C.getASTContext()) == K) {
        if (Model.isContextKeyedSpinLock(Kind.Name))
          return "DpcLock(" + PathName(Spec.LockCtxArg) + ")";
        return Kind.Name;
      }
    return "SpinLock(" + std::to_string(K) + ")";
  }
  case DdiEffect::AcquireMSILock:
  case DdiEffect::ReleaseMSILock: {
    if (std::optional<int64_t> Id =
            compat::concreteInt(Call.getArgSVal(Spec.MessageArg)))
      return "MSILock(" + std::to_string(*Id) + ")";
    return "MSILock(?)";
  }
  case DdiEffect::AcquireNamedLock:
  case DdiEffect::ReleaseNamedLock:
    if (!Spec.NamedLock.empty())
      return Spec.NamedLock;
    return "Lock(" + PathName(Spec.LockCtxArg) + ")";
  default:
    return "?";
  }
}

void CallbackRaceChecker::modelDdi(const DdiSpec &Spec, const CallEvent &Call,
                                   CheckerContext &C) const {
  ProgramStateRef State = C.getState();
  const SourceManager &SM = C.getSourceManager();
  const LocationContext *LCtx = C.getLocationContext();
  const StackFrameContext *Top = topFrame(LCtx);
  auto ArgOk = [&](int I) {
    return I >= 0 && static_cast<unsigned>(I) < Call.getNumArgs();
  };
  Site CallSite = siteOf(Call.getOriginExpr()->getBeginLoc(), SM);

  switch (Spec.Effect) {
  case DdiEffect::RegisterInitData: {
    if (!ArgOk(Spec.ConfigArg))
      break;
    SVal InitPtr = Call.getArgSVal(Spec.ConfigArg);
    QualType InitTy;
    if (const Expr *E = Call.getArgExpr(Spec.ConfigArg))
      InitTy = E->IgnoreParenImpCasts()->getType()->getPointeeType();
    const RecordDecl *RD =
        InitTy.isNull() ? nullptr : InitTy->getAsRecordDecl();
    if (!RD) {
      const FunctionDecl *Callee = dyn_cast<FunctionDecl>(Call.getDecl());
      if (Callee && Callee->getNumParams() > unsigned(Spec.ConfigArg))
        RD = Callee->getParamDecl(Spec.ConfigArg)
                 ->getType()
                 ->getPointeeType()
                 ->getAsRecordDecl();
    }
    if (!RD || !RD->getDefinition())
      break;
    RD = RD->getDefinition();
    for (const FieldDecl *FD : RD->fields()) {
      for (const auto &F : Model.initDataFields()) {
        if (FD->getName() != F.first)
          continue;
        SVal FieldLoc = State->getLValue(FD, InitPtr);
        auto L = FieldLoc.getAs<Loc>();
        if (!L)
          continue;
        SVal Fn = State->getSVal(*L, FD->getType());
        const FunctionDecl *Target = Fn.getAsFunctionDecl();
        if (!Target)
          continue;
        Registration Reg;
        Reg.Function = functionName(Target);
        Reg.TheRole = F.second;
        Reg.ByRoot = functionName(Top->getDecl());
        Reg.Where = CallSite;
        Reg.How = "as " + F.first + " of the " + recordDisplayName(RD) +
                  " passed to StorPortInitialize";
        if (const MemRegion *FR = FieldLoc.getAsRegion())
          if (const Stmt *const *S = State->get<StorportInitFieldSites>(FR))
            Reg.Where = siteOf((*S)->getBeginLoc(), SM);
        Functions.try_emplace(Reg.Function, Target);
        Facts.Registrations.insert(std::move(Reg));
      }
    }
    break;
  }
  case DdiEffect::RegisterCallback:
  case DdiEffect::SynchronizeAccess: {
    if (!ArgOk(Spec.CallbackArg) || !Spec.RegistersRole)
      break;
    const FunctionDecl *Target =
        Call.getArgSVal(Spec.CallbackArg).getAsFunctionDecl();
    if (!Target)
      break;
    Registration Reg;
    Reg.Function = functionName(Target);
    Reg.TheRole = *Spec.RegistersRole;
    Reg.ByRoot = functionName(Top->getDecl());
    Reg.Where = CallSite;
    Reg.How =
        "by " + (Spec.Code.empty() ? Spec.Function
                                   : Spec.Function + "(" + Spec.Code + ")");
    Reg.Locks = locksHeld(State);
    Reg.Chain = chainOf(LCtx, SM);
    if (ArgOk(Spec.ContextArg))
      Reg.Context = pathOf(Call.getArgSVal(Spec.ContextArg).getAsRegion(), Top);
    Functions.try_emplace(Reg.Function, Target);
    Facts.Registrations.insert(std::move(Reg));
    break;
  }
  case DdiEffect::PerfOpts:
    State = modelPerfOpts(Spec, Call, C, State);
    break;
  case DdiEffect::AcquireSpinLock:
  case DdiEffect::AcquireMSILock:
  case DdiEffect::AcquireNamedLock: {
    const MemRegion *Handle = nullptr;
    if (ArgOk(Spec.HandleArg))
      Handle = Call.getArgSVal(Spec.HandleArg).getAsRegion();
    State = State->add<StorportHeldLocks>(
        {intern(lockName(Spec, Call, C)), Handle});
    break;
  }
  case DdiEffect::ReleaseSpinLock: {
    const MemRegion *Handle =
        ArgOk(Spec.HandleArg) ? Call.getArgSVal(Spec.HandleArg).getAsRegion()
                              : nullptr;
    bool Found = false;
    for (const HeldLockEntry &E : State->get<StorportHeldLocks>())
      if (Handle && E.Handle == Handle) {
        State = State->remove<StorportHeldLocks>(E);
        Found = true;
      }
    if (!Found) {
      // Releasing a handle the caller passed in: an unlock wrapper.
      int Param = handleParam(Handle, Top);
      if (Param >= 0)
        Facts.LockEffects.insert(
            {functionName(Top->getDecl()), false, "", Param});
      else
        ++Facts.Counters.UnknownLockReleases;
    }
    break;
  }
  case DdiEffect::ReleaseMSILock:
  case DdiEffect::ReleaseNamedLock: {
    const char *Name = intern(lockName(Spec, Call, C));
    bool Found = false;
    for (const HeldLockEntry &E : State->get<StorportHeldLocks>())
      if (E.Name == Name) {
        State = State->remove<StorportHeldLocks>(E);
        Found = true;
      }
    if (!Found)
      Facts.LockEffects.insert({functionName(Top->getDecl()), false, Name, -1});
    break;
  }
  }
  if (State)
    C.addTransition(bindReturn(State, Call, C, this));
}

/// The bits a flags value may have set: the analyzer's constraint solver does
/// not reason about bitwise operations, so `(Queried & DPC) & CC` must be
/// folded here to see that it is zero.
static uint64_t possibleBits(const SymExpr *Sym, ProgramStateRef State,
                             SValBuilder &SVB, unsigned Depth = 0) {
  const uint64_t All = ~uint64_t(0);
  if (!Sym || Depth > 16)
    return All;
  if (const llvm::APSInt *K = SVB.getKnownValue(State, nonloc::SymbolVal(Sym)))
    return K->getZExtValue();
  if (const auto *B = dyn_cast<BinarySymExpr>(Sym)) {
    uint64_t L = All, R = All;
    if (const auto *SI = dyn_cast<SymIntExpr>(B)) {
      L = possibleBits(SI->getLHS(), State, SVB, Depth + 1);
      R = compat::apsInt(SI->getRHS()).getZExtValue();
    } else if (const auto *IS = dyn_cast<IntSymExpr>(B)) {
      L = compat::apsInt(IS->getLHS()).getZExtValue();
      R = possibleBits(IS->getRHS(), State, SVB, Depth + 1);
    } else if (const auto *SS = dyn_cast<SymSymExpr>(B)) {
      L = possibleBits(SS->getLHS(), State, SVB, Depth + 1);
      R = possibleBits(SS->getRHS(), State, SVB, Depth + 1);
    }
    if (B->getOpcode() == BO_And)
      return L & R;
    if (B->getOpcode() == BO_Or)
      return L | R;
    return All;
  }
  if (const auto *C = dyn_cast<SymbolCast>(Sym))
    return possibleBits(C->getOperand(), State, SVB, Depth + 1);
  return All;
}

static uint64_t possibleBits(SVal V, ProgramStateRef State, SValBuilder &SVB) {
  if (std::optional<int64_t> K = compat::concreteInt(V))
    return static_cast<uint64_t>(*K);
  return possibleBits(V.getAsSymbol(), State, SVB);
}

ProgramStateRef
CallbackRaceChecker::modelPerfOpts(const DdiSpec &Spec, const CallEvent &Call,
                                   CheckerContext &C,
                                   ProgramStateRef State) const {
  if (Spec.QueryArg < 0 || Spec.ConfigArg < 0 ||
      Call.getNumArgs() <= unsigned(std::max(Spec.QueryArg, Spec.ConfigArg)))
    return State;
  SValBuilder &SVB = C.getSValBuilder();
  SVal Query = Call.getArgSVal(Spec.QueryArg);
  SVal Cfg = Call.getArgSVal(Spec.ConfigArg);

  const RecordDecl *RD = nullptr;
  if (const Expr *E = Call.getArgExpr(Spec.ConfigArg))
    RD = E->IgnoreParenImpCasts()
             ->getType()
             ->getPointeeType()
             ->getAsRecordDecl();
  if (RD)
    RD = RD->getDefinition();
  const FieldDecl *FlagsFD = nullptr, *ChannelsFD = nullptr;
  if (RD)
    for (const FieldDecl *FD : RD->fields()) {
      if (FD->getName() == Model.perfConfig().FlagsField)
        FlagsFD = FD;
      else if (FD->getName() == Model.perfConfig().ChannelsField)
        ChannelsFD = FD;
    }
  if (!FlagsFD)
    return State;

  ProgramStateRef QueryState = State, SetState = State;
  if (auto DQ = Query.getAs<DefinedOrUnknownSVal>())
    std::tie(QueryState, SetState) = State->assume(*DQ);

  // Query == FALSE: does this call possibly enable concurrent channels with
  // more than one channel? Unknown and uninitialised values may.
  if (SetState) {
    const StorportModel::PerfConfigSpec &PC = Model.perfConfig();
    bool Requested = false;
    SVal FlagsLoc = SetState->getLValue(FlagsFD, Cfg);
    if (auto FL = FlagsLoc.getAs<Loc>()) {
      QualType FTy = FlagsFD->getType();
      SVal Flags = SetState->getSVal(*FL, FTy);
      ProgramStateRef WithCC = SetState;
      if (!Flags.isUndef()) {
        if (!(possibleBits(Flags, SetState, SVB) & PC.ConcurrentChannelsFlag))
          WithCC = nullptr;
        SVal Bit =
            SVB.evalBinOp(SetState, BO_And, Flags,
                          SVB.makeIntVal(PC.ConcurrentChannelsFlag, FTy), FTy);
        SVal NonZero =
            SVB.evalBinOp(SetState, BO_NE, Bit, SVB.makeIntVal(0, FTy),
                          SVB.getConditionType());
        auto D = NonZero.getAs<DefinedOrUnknownSVal>();
        if (WithCC && D)
          WithCC = SetState->assume(*D, true);
      }
      Requested = static_cast<bool>(WithCC);
      if (WithCC && ChannelsFD) {
        SVal ChLoc = WithCC->getLValue(ChannelsFD, Cfg);
        auto CL = ChLoc.getAs<Loc>();
        QualType CTy = ChannelsFD->getType();
        SVal Ch = CL ? WithCC->getSVal(*CL, CTy) : UnknownVal();
        if (!Ch.isUndef()) {
          SVal Gt = SVB.evalBinOp(WithCC, BO_GT, Ch,
                                  SVB.makeIntVal(PC.ConcurrentAbove, CTy),
                                  SVB.getConditionType());
          if (auto D = Gt.getAs<DefinedOrUnknownSVal>())
            Requested = static_cast<bool>(WithCC->assume(*D, true));
        }
      }
    }
    if (Requested) {
      const SourceManager &SM = C.getSourceManager();
      PerfRequest PR;
      PR.Root = functionName(topFrame(C.getLocationContext())->getDecl());
      PR.Where = siteOf(Call.getOriginExpr()->getBeginLoc(), SM);
      PR.Chain = chainOf(C.getLocationContext(), SM);
      Facts.PerfRequests.insert(std::move(PR));
    }
  }

  // Query == TRUE: Storport fills Flags with the optimisations it supports,
  // values unknown to us.
  if (QueryState) {
    SVal FlagsLoc = QueryState->getLValue(FlagsFD, Cfg);
    if (auto FL = FlagsLoc.getAs<Loc>()) {
      SVal Fresh =
          compat::conjureStoredValue(C, Call, FlagsFD->getType(), &PathCache);
      State = State->bindLoc(*FL, Fresh, C.getLocationContext());
    }
  }
  return State;
}

//===----------------------------------------------------------------------===//
// End of the translation unit: decide and report
//===----------------------------------------------------------------------===//

void CallbackRaceChecker::collectDeclaredRoles(const DeclContext *DC,
                                               const SourceManager &SM) const {
  for (const Decl *D : DC->decls()) {
    if (const auto *Inner = dyn_cast<LinkageSpecDecl>(D)) {
      collectDeclaredRoles(Inner, SM);
      continue;
    }
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      collectDeclaredRoles(NS, SM);
      continue;
    }
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      collectDeclaredRoles(RD, SM);
      continue;
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD)
      continue;
    // `HW_STARTIO MpStartIo;`: the type as written is the role typedef
    // (Sema may replace the declared type by the one merged with earlier
    // declarations, so look at the written type).
    QualType Written = FD->getTypeSourceInfo()
                           ? FD->getTypeSourceInfo()->getType()
                           : FD->getType();
    const auto *TT = Written->getAs<TypedefType>();
    if (!TT)
      continue;
    const RoleSpec *Spec = Model.roleForTypedef(TT->getDecl()->getName());
    if (!Spec || !Spec->IndependentEntry)
      continue;
    Registration Reg;
    Reg.Function = functionName(FD);
    Reg.TheRole = Spec->TheRole;
    Reg.Where = siteOf(FD->getLocation(), SM);
    Reg.How = ("declared with role type " + Spec->RoleTypedef).str();
    const FunctionDecl *Def = FD->getDefinition();
    Functions.try_emplace(Reg.Function, Def ? Def : FD);
    Facts.Registrations.insert(std::move(Reg));
  }
}

void CallbackRaceChecker::checkEndOfTranslationUnit(
    const TranslationUnitDecl *TU, AnalysisManager &Mgr,
    BugReporter &BR) const {
  const SourceManager &SM = Mgr.getSourceManager();
  collectDeclaredRoles(TU, SM);
  for (const auto &NR : Model.declaredRoles()) {
    Registration Reg;
    Reg.Function = NR.first;
    Reg.TheRole = NR.second;
    auto It = Functions.find(NR.first);
    if (It == Functions.end()) {
      // Find the function by name for the note location.
      for (const Decl *D : TU->decls())
        if (const auto *FD = dyn_cast<FunctionDecl>(D))
          if (displayName(functionName(FD)) == NR.first) {
            Reg.Function = functionName(FD);
            It = Functions.try_emplace(Reg.Function, FD).first;
            break;
          }
    }
    if (It != Functions.end())
      Reg.Where = siteOf(It->second->getLocation(), SM);
    Reg.How = "given role " + roleName(NR.second).str() + " by the model file";
    Facts.Registrations.insert(std::move(Reg));
  }

  for (const Registration &R : Facts.Registrations) {
    const RoleSpec *Spec = Model.roleSpec(R.TheRole);
    auto It = Functions.find(R.Function);
    bool HasBody = It != Functions.end() && It->second->hasBody();
    if (Spec && HasBody && !Facts.AnalysedRoots.count(R.Function) &&
        NotAnalysedReported.insert(R.Function).second)
      ++Facts.Counters.CallbacksNotAnalysed;
  }

  if (!SummaryDir.empty())
    writeSummary(SM);
  if (FactsSink) {
    // The whole-driver tool decides once every file is analysed.
    FactsSink(std::move(Facts));
    Facts = TUFacts();
    return;
  }

  std::vector<Finding> Findings = findRaces(Facts, Model, Options);
  ReportContext RC{Mgr, BR, Functions, decideMode(Facts, Model, Options)};
  for (const Finding &F : Findings)
    emitFinding(
        RC, bugTypeFor(F.Warned.TheRole, F.Other.TheRole, F.SameCallback), F);

  if (PrintStats)
    printStats(llvm::errs(), Findings.size());
}

void CallbackRaceChecker::writeSummary(const SourceManager &SM) const {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (llvm::Error E = writeSummaryFile(
          SummaryDir, Facts, Main ? Main->getName() : StringRef("<stdin>")))
    llvm::errs() << "error: storport.CallbackRace: "
                 << llvm::toString(std::move(E)) << "\n";
}

void CallbackRaceChecker::printStats(llvm::raw_ostream &OS,
                                     size_t Findings) const {
  const Stats &S = Facts.Counters;
  OS << "storport.CallbackRace statistics:\n"
     << "  roots analysed:                  " << S.RootsAnalysed << "\n"
     << "  roots stopped by the budget:     " << S.RootsStoppedByBudget << "\n";
  for (const std::string &R : S.StoppedRoots)
    OS << "    budget exhausted in: " << R << "\n";
  OS << "  roots with paths cut at loops:   " << S.RootsCutByBlockLimit << "\n"
     << "  callbacks not analysed as roots: " << S.CallbacksNotAnalysed << "\n"
     << "  lock releases with unknown lock: " << S.UnknownLockReleases << "\n"
     << "  accesses recorded:               " << Facts.Accesses.size() << "\n"
     << "  registrations:                   " << Facts.Registrations.size()
     << "\n"
     << "  concurrent-channel requests:     " << Facts.PerfRequests.size()
     << "\n"
     << "  races reported:                  " << Findings << "\n";
}

} // namespace storport
