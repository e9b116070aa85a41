//===- RaceRuleTest.cpp - Unit tests for the race rule and the model
//-------===//
//
// The race rule is a pure function of facts: these tests build facts by hand
// and check the decisions, without running clang.
//
//===----------------------------------------------------------------------===//

#include "RaceRule.h"
#include "Facts.h"
#include "FactsJson.h"
#include "StorportModel.h"

#include "gtest/gtest.h"

using namespace storport;

namespace {

AccessPath field(const std::string &Name, int Param = 0) {
  AccessPath P;
  P.Param = Param;
  P.RootType = "ADAPTER_EXTENSION";
  P.Elems.push_back({PathElem::Field, Name, {}});
  return P;
}

Access access(const std::string &Root, AccessPath Path, AccessKind Kind,
              unsigned Line, std::vector<std::string> Locks = {},
              bool Atomic = false) {
  Access A;
  A.Root = Root;
  A.Path = std::move(Path);
  A.Kind = Kind;
  A.Atomic = Atomic;
  A.ReadModifyWrite = Atomic;
  A.Locks = std::move(Locks);
  A.Where = {"driver.c", Line, 3, 0};
  return A;
}

Registration reg(const std::string &Fn, Role R, unsigned Line) {
  Registration G;
  G.Function = Fn;
  G.TheRole = R;
  G.Where = {"driver.c", Line, 1, 0};
  G.How = "test";
  return G;
}

/// StartIo and a timer, both registered.
TUFacts startIoAndTimer() {
  TUFacts F;
  F.Registrations.insert(reg("MpStartIo", Role::HwStorStartIo, 100));
  F.Registrations.insert(reg("MpTimer", Role::HwStorTimer, 101));
  return F;
}

RuleOptions concurrent() {
  RuleOptions O;
  O.Perf = PerfMode::Concurrent;
  return O;
}

TEST(AccessPathTest, Rendering) {
  AccessPath P = field("Ring");
  P.Elems.push_back({PathElem::Deref, "", {}});
  P.Elems.push_back({PathElem::Field, "Head", {}});
  EXPECT_EQ(P.str(), "ADAPTER_EXTENSION.Ring->Head");
  AccessPath A = field("Slots");
  A.Elems.push_back({PathElem::Index, "", 3});
  EXPECT_EQ(A.str(), "ADAPTER_EXTENSION.Slots[3]");
  EXPECT_EQ(A.withoutIndices().str(), "ADAPTER_EXTENSION.Slots[]");
}

TEST(AccessPathTest, Overlap) {
  AccessPath Stats = field("Stats");
  AccessPath Reads = field("Stats");
  Reads.Elems.push_back({PathElem::Field, "Reads", {}});
  EXPECT_TRUE(Stats.mayOverlap(Reads)); // prefix: whole-struct write
  EXPECT_FALSE(field("A").mayOverlap(field("B")));
  AccessPath S2 = field("Slots"), S5 = field("Slots"), SAny = field("Slots");
  S2.Elems.push_back({PathElem::Index, "", 2});
  S5.Elems.push_back({PathElem::Index, "", 5});
  SAny.Elems.push_back({PathElem::Index, "", std::nullopt});
  EXPECT_FALSE(S2.mayOverlap(S5));
  EXPECT_TRUE(S2.mayOverlap(SAny));
  EXPECT_FALSE(field("A", 0).mayOverlap(field("A", 1)));
  // The pointer and what it points to are different memory.
  AccessPath Ring = field("Ring"), Tail = field("Ring");
  Tail.Elems.push_back({PathElem::Deref, "", {}});
  Tail.Elems.push_back({PathElem::Field, "Tail", {}});
  EXPECT_FALSE(Ring.mayOverlap(Tail));
  EXPECT_TRUE(Tail.mayOverlap(Tail));
}

TEST(RaceRuleTest, StartIoTimerRaceNeedsConcurrentChannels) {
  TUFacts F = startIoAndTimer();
  F.Accesses.insert(access("MpStartIo", field("Count"), AccessKind::Write, 10));
  F.Accesses.insert(access("MpTimer", field("Count"), AccessKind::Read, 20));
  StorportModel M;
  EXPECT_TRUE(findRaces(F, M, RuleOptions{}).empty());
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 2u); // with the timer, and with another StartIo
  EXPECT_EQ(R[0].State, "ADAPTER_EXTENSION.Count");
  EXPECT_EQ(R[0].Warned.Callback, "MpStartIo");
}

TEST(RaceRuleTest, ReadsNeverRace) {
  TUFacts F = startIoAndTimer();
  F.Accesses.insert(access("MpStartIo", field("Count"), AccessKind::Read, 10));
  F.Accesses.insert(access("MpTimer", field("Count"), AccessKind::Read, 20));
  StorportModel M;
  EXPECT_TRUE(findRaces(F, M, concurrent()).empty());
}

TEST(RaceRuleTest, AtomicOnBothSidesIsNotARaceButMixedIs) {
  TUFacts F = startIoAndTimer();
  F.Accesses.insert(
      access("MpStartIo", field("N"), AccessKind::Write, 10, {}, true));
  F.Accesses.insert(
      access("MpTimer", field("N"), AccessKind::Write, 20, {}, true));
  StorportModel M;
  EXPECT_TRUE(findRaces(F, M, concurrent()).empty());
  F.Accesses.insert(access("MpTimer", field("N"), AccessKind::Read, 21));
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 1u);
  EXPECT_EQ(R[0].Warned.Callback, "MpTimer"); // the plain access
  EXPECT_EQ(describeAccess(R[0].Other.Acc),
            "written with an interlocked operation");
}

TEST(RaceRuleTest, StartIoLockTakenUnderConcurrentChannelsExcludesTimer) {
  TUFacts F = startIoAndTimer();
  F.Accesses.insert(
      access("MpStartIo", field("Q"), AccessKind::Write, 10, {"StartIoLock"}));
  F.Accesses.insert(access("MpTimer", field("Q"), AccessKind::Write, 20));
  StorportModel M;
  EXPECT_TRUE(findRaces(F, M, concurrent()).empty());
}

TEST(RaceRuleTest, TimerHoldsInterruptLockOnlyInHalfDuplex) {
  TUFacts F = startIoAndTimer();
  F.Accesses.insert(
      access("MpStartIo", field("I"), AccessKind::Read, 10, {"InterruptLock"}));
  F.Accesses.insert(access("MpTimer", field("I"), AccessKind::Write, 20));
  StorportModel M;
  RuleOptions Half = concurrent();
  Half.Duplex = DuplexMode::Half;
  EXPECT_TRUE(findRaces(F, M, Half).empty());
  RuleOptions Full = concurrent();
  Full.Duplex = DuplexMode::Full;
  EXPECT_EQ(findRaces(F, M, Full).size(), 1u);
  // Auto: full as soon as some path may select it.
  F.FullDuplexSite = Site{"driver.c", 5, 1, 0};
  EXPECT_EQ(findRaces(F, M, concurrent()).size(), 1u);
}

TEST(RaceRuleTest, LockIdentity) {
  TUFacts F;
  F.Registrations.insert(reg("MpStartIo", Role::HwStorStartIo, 100));
  F.Accesses.insert(access("MpStartIo", field("D"), AccessKind::Write, 10,
                           {"DpcLock(ADAPTER_EXTENSION.Dpc)"}));
  F.Accesses.insert(
      access("MpStartIo", field("E"), AccessKind::Write, 11, {"DpcLock(?)"}));
  F.Accesses.insert(
      access("MpStartIo", field("M"), AccessKind::Write, 12, {"MSILock(1)"}));
  F.Accesses.insert(access("MpStartIo", field("M"), AccessKind::Write, 13,
                           {"InterruptLock"}));
  StorportModel M;
  std::vector<Finding> R = findRaces(F, M, concurrent());
  // D: same DPC lock in both StartIo instances. E: an unknown lock is never
  // common. M: the interrupt lock excludes every MSI lock.
  ASSERT_EQ(R.size(), 1u);
  EXPECT_EQ(R[0].State, "ADAPTER_EXTENSION.E");
  EXPECT_TRUE(R[0].SameCallback);
}

TEST(RaceRuleTest, WarnsAtTheAccessThatHoldsNoLock) {
  TUFacts F;
  F.Registrations.insert(reg("MpStartIo", Role::HwStorStartIo, 1));
  // The locked write comes first in the file; the unlocked one is the bug.
  F.Accesses.insert(
      access("MpStartIo", field("Q"), AccessKind::Write, 10, {"StartIoLock"}));
  F.Accesses.insert(access("MpStartIo", field("Q"), AccessKind::Write, 20));
  StorportModel M;
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 1u);
  EXPECT_EQ(R[0].Warned.Acc.Where.Line, 20u);
}

TEST(RaceRuleTest, TimersDoNotRaceWithEachOther) {
  TUFacts F;
  F.Registrations.insert(reg("MpTimer", Role::HwStorTimer, 1));
  F.Registrations.insert(reg("MpTimerEx", Role::HwStorTimerEx, 2));
  F.Accesses.insert(access("MpTimer", field("T"), AccessKind::Write, 10));
  F.Accesses.insert(access("MpTimerEx", field("T"), AccessKind::Write, 20));
  StorportModel M;
  EXPECT_TRUE(findRaces(F, M, concurrent()).empty());
}

TEST(RaceRuleTest, OneReportPerStateAndPairDeterministically) {
  TUFacts F = startIoAndTimer();
  for (unsigned L = 30; L > 10; --L)
    F.Accesses.insert(access("MpStartIo", field("B"), AccessKind::Write, L));
  F.Accesses.insert(access("MpTimer", field("B"), AccessKind::Read, 40));
  StorportModel M;
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 2u);
  for (const Finding &X : R)
    EXPECT_EQ(X.Warned.Acc.Where.Line, 11u); // the first write in the file
  EXPECT_NE(R[0].Fingerprint, R[1].Fingerprint);
}

TEST(RaceRuleTest, ArrayElementsAreOneState) {
  TUFacts F;
  F.Registrations.insert(reg("MpStartIo", Role::HwStorStartIo, 1));
  for (int I = 0; I < 4; ++I) {
    AccessPath P = field("Loop");
    P.Elems.push_back({PathElem::Index, "", I});
    F.Accesses.insert(access("MpStartIo", P, AccessKind::Write, 10));
  }
  StorportModel M;
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 1u);
  EXPECT_EQ(R[0].State, "ADAPTER_EXTENSION.Loop[]");
}

TEST(RaceRuleTest, SynchronizedRoutineRunsInItsCallerUnderInterruptLock) {
  TUFacts F = startIoAndTimer();
  Registration Sync = reg("SyncRoutine", Role::SynchronizedAccess, 50);
  Sync.ByRoot = "MpStartIo";
  F.Registrations.insert(Sync);
  F.Accesses.insert(access("SyncRoutine", field("S"), AccessKind::Write, 60));
  F.Accesses.insert(access("MpTimer", field("S"), AccessKind::Read, 70));
  StorportModel M;
  RuleOptions Half = concurrent();
  Half.Duplex = DuplexMode::Half;
  EXPECT_TRUE(findRaces(F, M, Half).empty());
  RuleOptions Full = concurrent();
  Full.Duplex = DuplexMode::Full;
  std::vector<Finding> R = findRaces(F, M, Full);
  ASSERT_EQ(R.size(), 1u);
  EXPECT_EQ(R[0].Warned.Callback, "MpStartIo");
  ASSERT_EQ(R[0].Warned.Acc.Chain.size(), 1u);
  EXPECT_EQ(R[0].Warned.Acc.Chain[0].Via, "StorPortSynchronizeAccess");
}

TEST(RaceRuleTest, TimerExContextMapsToTheExtension) {
  TUFacts F;
  F.Registrations.insert(reg("MpStartIo", Role::HwStorStartIo, 1));
  Registration T = reg("MpTimerEx", Role::HwStorTimerEx, 2);
  AccessPath Ctx;
  Ctx.Param = 0; // the extension itself
  T.Context = Ctx;
  F.Registrations.insert(T);
  F.Accesses.insert(access("MpStartIo", field("C"), AccessKind::Read, 10));
  F.Accesses.insert(access("MpTimerEx", field("C", 1), AccessKind::Write, 20));
  StorportModel M;
  std::vector<Finding> R = findRaces(F, M, concurrent());
  ASSERT_EQ(R.size(), 1u);
  // Reported at StartIo's read: the timer holds the StartIo lock.
  EXPECT_EQ(R[0].Warned.Callback, "MpStartIo");
  EXPECT_EQ(R[0].Other.Callback, "MpTimerEx");
  EXPECT_EQ(R[0].State, "ADAPTER_EXTENSION.C");
}

TEST(ModelTest, Globs) {
  EXPECT_TRUE(globMatch("Interlocked*", "InterlockedIncrement64"));
  EXPECT_TRUE(globMatch("Read*Acquire*", "ReadULongAcquire"));
  EXPECT_FALSE(globMatch("Interlocked*", "ExInterlockedInsertTailList"));
  EXPECT_TRUE(globMatch("a?c", "abc"));
  StorportModel M;
  ASSERT_NE(M.atomicFor("_InterlockedIncrement_acq"), nullptr);
  EXPECT_EQ(M.atomicFor("ReadULongAcquire")->Kind, AtomicKind::Load);
  EXPECT_EQ(M.atomicFor("WriteRelease")->Kind, AtomicKind::Store);
  EXPECT_EQ(M.atomicFor("StorPortInterlockedInsertHeadList"), nullptr);
}

TEST(ModelTest, ExtensionFileErrorsNameTheEntry) {
  StorportModel M;
  EXPECT_EQ(M.loadExtensionText("{\"perfMode\": \"concurrent\"}", "m.json"),
            "");
  EXPECT_EQ(M.PerfModeDefault, PerfMode::Concurrent);
  EXPECT_NE(M.loadExtensionText("[", "m.json").find("invalid JSON"),
            std::string::npos);
  EXPECT_NE(M.loadExtensionText("{\"roles\": [{\"function\": \"F\", "
                                "\"role\": \"Nope\"}]}",
                                "m.json")
                .find("roles[0]: unknown role 'Nope'"),
            std::string::npos);
  EXPECT_NE(M.loadExtensionText("{\"interlocked\": [{\"function\": \"F\", "
                                "\"kind\": \"cas\"}]}",
                                "m.json")
                .find("interlocked[0]"),
            std::string::npos);
}

TEST(ModelTest, UserAtomicsOverrideBuiltInGlobs) {
  StorportModel M;
  ASSERT_EQ(M.loadExtensionText("{\"interlocked\": [{\"function\": "
                                "\"InterlockedPeek\", \"kind\": \"load\"}]}",
                                "m.json"),
            "");
  EXPECT_EQ(M.atomicFor("InterlockedPeek")->Kind, AtomicKind::Load);
  EXPECT_EQ(M.atomicFor("InterlockedIncrement")->Kind,
            AtomicKind::ReadModifyWrite);
}

} // namespace

namespace {

TEST(FactsJsonTest, RoundTripIsLossless) {
  TUFacts F = startIoAndTimer();
  Access A = access("MpStartIo", field("Count"), AccessKind::Write, 10,
                    {"DpcLock(ADAPTER_EXTENSION.Dpc)"}, true);
  A.Path.Elems.push_back({PathElem::Deref, "", {}});
  A.Path.Elems.push_back({PathElem::Index, "", 3});
  A.Path.Elems.push_back({PathElem::Index, "", std::nullopt});
  A.Chain.push_back({"MpStartIo", "Helper", {"d.c", 5, 2, 0}, ""});
  F.Accesses.insert(A);
  CallRecord C;
  C.Root = "MpStartIo";
  C.Callee = "Other@util.c";
  C.Args.emplace_back(AccessPath::ThisParam, field("Sub"));
  C.Where = {"d.c", 7, 1, 0};
  F.Calls.insert(C);
  F.LockEffects.insert({"LockIt", true, "StartIoLock", 1});
  F.PerfRequests.insert({"MpInitialize", {"d.c", 30, 3, 0}, {}});
  F.FullDuplexSite = Site{"d.c", 40, 3, 0};
  F.AnalysedRoots = {"MpStartIo", "MpTimer"};

  llvm::json::Value V = factsToJson(F, "d.c");
  llvm::Expected<TUFacts> Back = factsFromJson(V);
  ASSERT_TRUE(static_cast<bool>(Back)) << llvm::toString(Back.takeError());
  EXPECT_EQ(Back->Accesses.size(), F.Accesses.size());
  EXPECT_FALSE(*Back->Accesses.begin() < *F.Accesses.begin());
  EXPECT_FALSE(*F.Accesses.begin() < *Back->Accesses.begin());
  EXPECT_EQ(Back->Calls.size(), 1u);
  EXPECT_EQ(Back->Calls.begin()->Args[0].first, AccessPath::ThisParam);
  EXPECT_EQ(Back->LockEffects.size(), 1u);
  EXPECT_EQ(Back->Registrations.size(), 2u);
  EXPECT_EQ(Back->PerfRequests.size(), 1u);
  EXPECT_EQ(Back->FullDuplexSite->Line, 40u);
  // Serialising again gives the same document.
  EXPECT_EQ(factsToJson(*Back, "d.c"), V);
  // Findings are the same.
  EXPECT_EQ(findRaces(F, StorportModel(), concurrent()).size(),
            findRaces(*Back, StorportModel(), concurrent()).size());
}

TEST(FactsJsonTest, ErrorsSayWhere) {
  llvm::Expected<llvm::json::Value> Doc = llvm::json::parse(
      R"({"version": 1, "accesses": [{"root": "F"}], "registrations": [],
          "perfRequests": [], "calls": [], "lockEffects": [], "roots": []})");
  ASSERT_TRUE(static_cast<bool>(Doc));
  llvm::Expected<TUFacts> F = factsFromJson(*Doc);
  ASSERT_FALSE(static_cast<bool>(F));
  EXPECT_NE(llvm::toString(F.takeError()).find("accesses[0]"),
            std::string::npos);
  llvm::Expected<TUFacts> Old =
      factsFromJson(llvm::json::Object{{"version", 0}});
  ASSERT_FALSE(static_cast<bool>(Old));
  EXPECT_NE(llvm::toString(Old.takeError()).find("unsupported summary version"),
            std::string::npos);
}

} // namespace
