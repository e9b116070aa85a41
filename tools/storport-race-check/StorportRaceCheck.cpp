//===- StorportRaceCheck.cpp - Whole-driver race analysis -----------------===//
//
// storport-race-check analyses every translation unit of a Storport miniport
// with storport.CallbackRace in-process (libTooling; no plugin loading),
// combines what each file learnt (compositional summaries), and reports each
// race once for the whole driver. Exit status: 0 no findings, 1 findings,
// 2 usage or analysis error.
//
//===----------------------------------------------------------------------===//

#include "CaseInsensitiveFS.h"
#include "FactsJson.h"
#include "Output.h"
#include "RaceRule.h"
#include "Registration.h"
#include "VcxProject.h"
#include "WdkShim.h"
#include "Wpp.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticSema.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/StaticAnalyzer/Core/AnalyzerOptions.h"
#include "clang/StaticAnalyzer/Frontend/AnalysisConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <sys/wait.h>

using namespace clang;
using namespace llvm;
using namespace storport;

#ifndef STORPORT_CLANG_RESOURCE_DIR
#define STORPORT_CLANG_RESOURCE_DIR ""
#endif

namespace {

cl::OptionCategory Category("storport-race-check options");

cl::opt<std::string> BuildPath("p",
                               cl::desc("Build directory holding "
                                        "compile_commands.json"),
                               cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> VcxProj("vcxproj",
                             cl::desc("Read the files and their compiler "
                                      "flags from a Visual Studio project "
                                      "(.vcxproj)"),
                             cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string>
    VcxConfiguration("configuration",
                     cl::desc("The project configuration (default: Release)"),
                     cl::init("Release"), cl::cat(Category));
cl::opt<std::string>
    VcxPlatform("platform", cl::desc("The project platform (default: x64)"),
                cl::init("x64"), cl::cat(Category));
cl::list<std::string> Sources(cl::Positional, cl::desc("[files...]"),
                              cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Analyse N files at once (default: 1)"),
                       cl::init(1), cl::value_desc("N"), cl::cat(Category));
cl::opt<std::string>
    Format("format", cl::desc("Output format: text (default), sarif, plist"),
           cl::init("text"), cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Write the report to FILE"),
                                cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> MergeDir("merge",
                              cl::desc("Combine the summaries the plugin "
                                       "wrote with SummaryDir=DIR instead of "
                                       "analysing sources"),
                              cl::value_desc("DIR"), cl::cat(Category));
cl::opt<std::string> SummaryOut("write-summaries",
                                cl::desc("Also write each file's summary "
                                         "into DIR"),
                                cl::value_desc("DIR"), cl::cat(Category));
cl::opt<std::string> Baseline("baseline",
                              cl::desc("Do not report findings whose "
                                       "fingerprints are in FILE"),
                              cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> WriteBaseline("write-baseline",
                                   cl::desc("Write the fingerprints of all "
                                            "findings to FILE"),
                                   cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> ConfigFile("config",
                                cl::desc("YAML or JSON file adding callback "
                                         "roles, lock wrappers, interlocked "
                                         "helpers and driver defaults"),
                                cl::value_desc("FILE"), cl::cat(Category));
cl::opt<std::string> PerfOpt("perf-mode",
                             cl::desc("auto (default), concurrent, serialized"),
                             cl::init("auto"), cl::cat(Category));
cl::opt<std::string> DuplexOpt("duplex", cl::desc("auto (default), full, half"),
                               cl::init("auto"), cl::cat(Category));
cl::opt<unsigned> MaxLoop(
    "max-loop",
    cl::desc("Times the analyzer unrolls a loop on one path (default 2; "
             "clang's own default is 4). Accesses and locks inside loops are "
             "seen on the first iteration; more unrolling mostly costs time"),
    cl::init(2), cl::cat(Category));
cl::opt<bool> UseWdkShim(
    "wdk-shim",
    cl::desc("Compile every file against the bundled WDK shim headers, "
             "searched before the project's include directories (by "
             "default: only files whose include path lacks <storport.h>, "
             "searched after them)"),
    cl::cat(Category));
cl::opt<bool> NoWdkShim("no-wdk-shim",
                        cl::desc("Never use the bundled WDK shim headers"),
                        cl::cat(Category));
cl::opt<bool> KeepGoing("keep-going",
                        cl::desc("Exit 0/1 from the findings even when some "
                                 "files could not be analysed"),
                        cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("No summary line on stderr"),
                    cl::cat(Category));

// Worker mode (-j N > 1 runs each file in a worker process: clang 22's
// analyzer is not safe to run on several threads of one process, and a
// crash in one file must not end the run).
cl::opt<std::string> WorkerOut("internal-worker-output", cl::Hidden,
                               cl::desc("Worker: analyse one file, write the "
                                        "result to FILE"));
cl::opt<std::string> WorkerEffects("internal-lock-effects", cl::Hidden,
                                   cl::desc("Worker: lock wrappers learnt "
                                            "from other files (JSON)"));

const char *ToolVersion = "1.0.0";

int usageError(const Twine &Msg) {
  errs() << "storport-race-check: error: " << Msg << "\n";
  return 2;
}

/// Reads the --vcxproj project into a compilation database; notes go to
/// stderr unless \p Quiet. Null (with \p Err set) on errors.
std::unique_ptr<tooling::CompilationDatabase>
loadProject(std::vector<std::string> &Missing, bool ShowNotes,
            std::string &Err) {
  Expected<VcxProject> P =
      loadVcxProject(VcxProj, VcxConfiguration, VcxPlatform);
  if (!P) {
    Err = toString(P.takeError());
    return nullptr;
  }
  if (ShowNotes)
    for (const std::string &N : P->Notes)
      errs() << "storport-race-check: note: " << N << "\n";
  Missing = std::move(P->MissingFiles);
  return std::make_unique<VcxCompilationDatabase>(std::move(P->Commands));
}

/// Opens the database the options select unless \p Db is already the one
/// of the compiler flags after "--": the --vcxproj project, else
/// compile_commands.json under -p (default: the current directory). Returns
/// an error message, or "".
std::string openDatabase(std::unique_ptr<tooling::CompilationDatabase> &Db,
                         std::vector<std::string> &Missing, bool ShowNotes) {
  std::string Err;
  if (!Db && !VcxProj.empty()) {
    Db = loadProject(Missing, ShowNotes, Err);
    return Db ? "" : Err;
  }
  if (Db)
    return "";
  if (BuildPath.empty())
    BuildPath = ".";
  Db = tooling::CompilationDatabase::autoDetectFromDirectory(BuildPath, Err);
  if (!Db)
    return "no compilation database in '" + BuildPath +
           "' (use -p <build dir>, or pass compiler flags after --): " + Err;
  return "";
}

/// Collects the errors clang reports for one file. Errors MSVC only warns
/// about (below) are kept apart and do not fail the file.
class ErrorCollector : public DiagnosticConsumer {
public:
  std::vector<std::string> Errors;
  std::vector<std::string> Tolerated;
  bool CPlusPlus = false;

  void BeginSourceFile(const LangOptions &LO, const Preprocessor *) override {
    CPlusPlus = LO.CPlusPlus;
  }

  /// A C function defined with parameter types other than its prototype's:
  /// cl.exe warns (C4028) and compiles it, so drivers ship with it. clang
  /// rejects the definition but keeps it in the AST.
  bool msvcOnlyWarns(const Diagnostic &Info) const {
    return !CPlusPlus && Info.getID() == diag::err_conflicting_types;
  }

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    if (Level >= DiagnosticsEngine::Error && msvcOnlyWarns(Info)) {
      Tolerated.push_back(format(Info));
      return; // not counted: the action still succeeds
    }
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    Errors.push_back(format(Info));
  }

private:
  static std::string format(const Diagnostic &Info) {
    SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    std::string Where;
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      PresumedLoc P =
          Info.getSourceManager().getPresumedLoc(Info.getLocation());
      if (P.isValid())
        Where = (Twine(P.getFilename()) + ":" + Twine(P.getLine()) + ":" +
                 Twine(P.getColumn()) + ": ")
                    .str();
    }
    return Where + "error: " + Msg.str().str();
  }
};

/// The collector of the file being analysed on this thread.
thread_local ErrorCollector *CurrentErrors = nullptr;

/// The analyzer skips a translation unit with errors; when every error was
/// one MSVC only warns about, the error state is cleared first so that the
/// file is analysed (clang keeps the rejected definitions' bodies).
class TolerantConsumer : public MultiplexConsumer {
public:
  TolerantConsumer(std::unique_ptr<ASTConsumer> Inner, DiagnosticsEngine &D)
      : MultiplexConsumer(one(std::move(Inner))), Diags(D) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CurrentErrors && CurrentErrors->Errors.empty() &&
        !CurrentErrors->Tolerated.empty() && !Diags.hasFatalErrorOccurred())
      Diags.Reset(/*soft=*/true);
    MultiplexConsumer::HandleTranslationUnit(Ctx);
  }

private:
  static std::vector<std::unique_ptr<ASTConsumer>>
  one(std::unique_ptr<ASTConsumer> C) {
    std::vector<std::unique_ptr<ASTConsumer>> V;
    V.push_back(std::move(C));
    return V;
  }
  DiagnosticsEngine &Diags;
};

/// Runs clang's analyzer with only storport.CallbackRace on one file,
/// handing its facts to the hooks.
class AnalyzeAction : public ASTFrontendAction {
public:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    AnalyzerOptions &Opts = CI.getAnalyzerOpts();
    Opts.CheckersAndPackages = {{CheckerName, true}};
    Opts.AnalysisDiagOpt = PD_NONE;
    // Every function gets its own summary, also those inlined elsewhere in
    // their file: another file may call them.
    Opts.InliningMode = clang::All;
    Opts.maxBlockVisitOnPath = MaxLoop;
    // Past the last unrolled iteration, go on with what the loop may have
    // changed forgotten, instead of dropping the path: code after a loop
    // over a symbolic count (queues, ports) is reached whatever its count.
    Opts.ShouldWidenLoops = true;
    Opts.Config[std::string(CheckerName) + ":PerfMode"] = "auto";
    auto Consumer = ento::CreateAnalysisConsumer(CI);
    Consumer->AddCheckerRegistrationFn(
        [](ento::CheckerRegistry &R) { registerStorportCheckers(R); });
    return std::make_unique<TolerantConsumer>(std::move(Consumer),
                                              CI.getDiagnostics());
  }
};

struct FileResult {
  std::string File;
  bool Ok = false;
  std::vector<std::string> Errors;
  /// Errors MSVC only warns about; the file was analysed all the same.
  std::vector<std::string> Tolerated;
  /// The include directories of the command that ran (for parse errors).
  std::vector<std::string> SearchPath;
  bool UsedShim = false;
  TUFacts Facts;
};

/// The WDK shim, once found (see shimFor).
WdkShim Shim;
bool ShimFound = false;

/// Whether \p File is compiled against the WDK shim: when asked to, or when
/// its include path does not reach <storport.h>.
bool wantsShim(const tooling::CompilationDatabase &Db,
               const std::string &File) {
  if (NoWdkShim)
    return false;
  if (UseWdkShim)
    return true;
  std::vector<tooling::CompileCommand> Cmds = Db.getCompileCommands(File);
  return !Cmds.empty() && !includePathHas(Cmds.front().CommandLine,
                                          Cmds.front().Directory, "storport.h");
}

/// Analyses one file in this process.
FileResult
analyseInProcess(const tooling::CompilationDatabase &Db,
                 const std::string &File,
                 const std::function<void(StorportModel &)> &Extend) {
  FileResult R;
  R.File = File;
  ToolHooks Hooks;
  bool GotFacts = false;
  Hooks.FactsSink = [&](TUFacts &&F) {
    R.Facts = std::move(F);
    GotFacts = true;
  };
  Hooks.ExtendModel = Extend;
  setThreadToolHooks(&Hooks);
  // Sources written on Windows include headers in any case.
  tooling::ClangTool Tool(
      Db, {File}, std::make_shared<PCHContainerOperations>(),
      makeIntrusiveRefCnt<CaseInsensitiveFileSystem>(vfs::getRealFileSystem()));
  ErrorCollector Errors;
  Tool.setDiagnosticConsumer(&Errors);
  CurrentErrors = &Errors;
  Tool.setPrintErrorMessage(false); // the errors are reported by the caller
  // Compiler warnings are the build's business, not ours.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-w", tooling::ArgumentInsertPosition::END));
  // WPP tracing: generated headers missing here are empty, trace macros and
  // configured trace functions expand to nothing.
  WppSupport Wpp = findWppUse(File);
  for (const std::string &Tmh : Wpp.MissingTmh)
    Tool.mapVirtualFile(Tmh, "/* WPP header generated at build time */\n");
  if (!Wpp.Defines.empty())
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        tooling::CommandLineArguments(Wpp.Defines.begin(), Wpp.Defines.end()),
        tooling::ArgumentInsertPosition::END));
  // clang's own headers: those of the clang release this tool is built
  // against (libTooling would look next to this executable).
  if (sys::fs::is_directory(STORPORT_CLANG_RESOURCE_DIR))
    Tool.appendArgumentsAdjuster(
        [](const tooling::CommandLineArguments &Args, StringRef) {
          for (const std::string &A : Args)
            if (StringRef(A).starts_with("-resource-dir"))
              return Args;
          tooling::CommandLineArguments Out = Args;
          Out.insert(Out.begin() + (Out.empty() ? 0 : 1),
                     "-resource-dir=" STORPORT_CLANG_RESOURCE_DIR);
          return Out;
        });
  // Our own consumer prints the errors; no "N errors generated." line.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  R.UsedShim = ShimFound && wantsShim(Db, File);
  std::vector<std::string> FinalArgs;
  Tool.appendArgumentsAdjuster(
      [&](const tooling::CommandLineArguments &Args, StringRef) {
        FinalArgs = R.UsedShim ? withWdkShim(Args, Shim, UseWdkShim) : Args;
        return FinalArgs;
      });
  int Status =
      Tool.run(tooling::newFrontendActionFactory<AnalyzeAction>().get());
  setThreadToolHooks(nullptr);
  CurrentErrors = nullptr;
  R.Tolerated = std::move(Errors.Tolerated);
  std::vector<tooling::CompileCommand> Cmds = Db.getCompileCommands(File);
  R.SearchPath =
      userIncludeDirs(FinalArgs, Cmds.empty() ? "" : Cmds.front().Directory);
  R.Errors = std::move(Errors.Errors);
  R.Ok = Status == 0 && GotFacts && R.Errors.empty();
  return R;
}

json::Value resultToJson(const FileResult &R) {
  return json::Object{{"ok", R.Ok},
                      {"errors", json::Array(R.Errors)},
                      {"search_path", json::Array(R.SearchPath)},
                      {"tolerated", json::Array(R.Tolerated)},
                      {"shim", R.UsedShim},
                      {"facts", factsToJson(R.Facts, R.File)}};
}

FileResult resultFromJson(const std::string &File, const json::Value &V) {
  FileResult R;
  R.File = File;
  const json::Object *O = V.getAsObject();
  const json::Value *Facts = O ? O->get("facts") : nullptr;
  Expected<TUFacts> F = Facts ? factsFromJson(*Facts)
                              : Expected<TUFacts>(createStringError(
                                    inconvertibleErrorCode(), "no facts"));
  if (!F) {
    R.Errors.push_back("error: bad result from the worker: " +
                       toString(F.takeError()));
    return R;
  }
  R.Facts = std::move(*F);
  R.Ok = O->getBoolean("ok").value_or(false);
  auto Strings = [&](StringRef Key, std::vector<std::string> &Out) {
    if (const json::Array *A = O->getArray(Key))
      for (const json::Value &V : *A)
        if (std::optional<StringRef> S = V.getAsString())
          Out.push_back(S->str());
  };
  Strings("errors", R.Errors);
  Strings("tolerated", R.Tolerated);
  Strings("search_path", R.SearchPath);
  R.UsedShim = O->getBoolean("shim").value_or(false);
  return R;
}

/// How worker processes are started: this executable with the options that
/// select the files' compile commands.
struct WorkerLaunch {
  std::string Self;
  std::vector<std::string> CommonArgs; ///< -p / --config
  std::vector<std::string> FixedFlags; ///< after "--", if any
  bool HasFixedFlags = false;
};

/// Analyses \p Files with up to \p NumJobs worker processes; results in
/// input order. Each worker takes a batch of files (starting a process costs
/// more than analysing a small file); a batch whose worker crashes is run
/// again one file per worker, so the crash is pinned on its file.
/// \p EffectsFile (may be empty) names lock wrappers to apply.
std::vector<FileResult> analyseInWorkers(const WorkerLaunch &L,
                                         const std::vector<std::string> &Files,
                                         unsigned NumJobs,
                                         const std::string &EffectsFile) {
  std::vector<FileResult> Results(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Results[I].File = Files[I];
  SmallString<128> TmpDir;
  if (std::error_code EC =
          sys::fs::createUniqueDirectory("storport-race-check", TmpDir)) {
    for (FileResult &R : Results)
      R.Errors.push_back("error: cannot create a temporary directory: " +
                         EC.message());
    return Results;
  }
  // Batches of consecutive files: about two per worker, for balance.
  std::vector<std::vector<size_t>> Queue;
  size_t BatchSize =
      std::max<size_t>(1, (Files.size() + 2 * NumJobs - 1) / (2 * NumJobs));
  for (size_t I = 0; I < Files.size(); I += BatchSize) {
    Queue.emplace_back();
    for (size_t K = I; K < std::min(Files.size(), I + BatchSize); ++K)
      Queue.back().push_back(K);
  }
  unsigned Serial = 0;
  struct Job {
    std::vector<size_t> Batch;
    std::string Out, Log;
  };
  std::map<pid_t, Job> Running;
  auto Finish = [&](Job &J, int Status) {
    auto Buf = MemoryBuffer::getFile(J.Out, /*IsText=*/true);
    bool Ok = Buf && WIFEXITED(Status) && WEXITSTATUS(Status) == 0;
    Expected<json::Value> Doc =
        Ok ? json::parse((*Buf)->getBuffer())
           : Expected<json::Value>(
                 createStringError(inconvertibleErrorCode(), "no result"));
    const json::Array *A = Doc ? Doc->getAsArray() : nullptr;
    if (!Doc)
      consumeError(Doc.takeError());
    if (A && A->size() == J.Batch.size()) {
      for (size_t K = 0; K < J.Batch.size(); ++K)
        Results[J.Batch[K]] = resultFromJson(Files[J.Batch[K]], (*A)[K]);
    } else if (J.Batch.size() > 1) {
      for (size_t K : J.Batch)
        Queue.push_back({K}); // find which file it was
    } else {
      FileResult &R = Results[J.Batch[0]];
      R.Errors.push_back(
          "error: " +
          std::string(WIFSIGNALED(Status)
                          ? "the analysis crashed (signal " +
                                std::to_string(WTERMSIG(Status)) + ")"
                          : "the analysis failed"));
      if (auto Log = MemoryBuffer::getFile(J.Log, /*IsText=*/true)) {
        SmallVector<StringRef, 8> Lines;
        (*Log)->getBuffer().split(Lines, '\n', 8, false);
        for (StringRef Line : Lines)
          R.Errors.push_back(Line.str());
      }
    }
    sys::fs::remove(J.Out);
    sys::fs::remove(J.Log);
  };
  size_t Next = 0;
  while (Next < Queue.size() || !Running.empty()) {
    while (Next < Queue.size() && Running.size() < NumJobs) {
      Job J;
      J.Batch = Queue[Next++];
      SmallString<128> P(TmpDir);
      sys::path::append(P, std::to_string(Serial++));
      J.Out = (P + ".json").str();
      J.Log = (P + ".log").str();
      std::vector<std::string> Args = {L.Self, "--internal-worker-output",
                                       J.Out};
      Args.insert(Args.end(), L.CommonArgs.begin(), L.CommonArgs.end());
      if (!EffectsFile.empty()) {
        Args.push_back("--internal-lock-effects");
        Args.push_back(EffectsFile);
      }
      for (size_t K : J.Batch)
        Args.push_back(Files[K]);
      if (L.HasFixedFlags) {
        Args.push_back("--");
        Args.insert(Args.end(), L.FixedFlags.begin(), L.FixedFlags.end());
      }
      std::vector<StringRef> Refs(Args.begin(), Args.end());
      std::optional<StringRef> Redirects[] = {std::nullopt, StringRef(J.Log),
                                              StringRef(J.Log)};
      std::string Err;
      bool Failed = false;
      sys::ProcessInfo PI = sys::ExecuteNoWait(L.Self, Refs, std::nullopt,
                                               Redirects, 0, &Err, &Failed);
      if (Failed || PI.Pid <= 0) {
        for (size_t K : J.Batch)
          Results[K].Errors.push_back("error: cannot start a worker: " + Err);
        continue;
      }
      Running.emplace(PI.Pid, std::move(J));
    }
    if (Running.empty())
      continue;
    int Status = 0;
    pid_t Done = waitpid(-1, &Status, 0);
    if (Done < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    auto It = Running.find(Done);
    if (It == Running.end())
      continue;
    Finish(It->second, Status);
    Running.erase(It);
  }
  sys::fs::remove(TmpDir);
  return Results;
}

/// Analyses \p Files (in this process when \p NumJobs is 1), applying the
/// configuration and the lock wrappers in \p Effects.
std::vector<FileResult> analyseFiles(const tooling::CompilationDatabase &Db,
                                     const WorkerLaunch &L,
                                     const std::vector<std::string> &Files,
                                     unsigned NumJobs,
                                     const std::string &ConfigJson,
                                     const std::set<LockEffect> &Effects) {
  if (NumJobs <= 1 || Files.size() <= 1) {
    std::vector<FileResult> Results;
    for (const std::string &F : Files)
      Results.push_back(analyseInProcess(Db, F, [&](StorportModel &M) {
        if (!ConfigJson.empty())
          M.loadExtensionText(ConfigJson, ConfigFile);
        for (const LockEffect &E : Effects)
          M.addLockWrapper(displayName(E.Function), E.Acquire, E.Lock,
                           E.HandleParam);
      }));
    return Results;
  }
  std::string EffectsFile;
  if (!Effects.empty()) {
    TUFacts Only;
    Only.LockEffects = Effects;
    SmallString<128> P;
    int FD;
    if (!sys::fs::createTemporaryFile("storport-race-effects", "json", FD, P)) {
      raw_fd_ostream OS(FD, /*shouldClose=*/true);
      OS << factsToJson(Only, "");
      EffectsFile = P.str().str();
    }
  }
  std::vector<FileResult> R = analyseInWorkers(L, Files, NumJobs, EffectsFile);
  if (!EffectsFile.empty())
    sys::fs::remove(EffectsFile);
  return R;
}

void mergeInto(TUFacts &All, const TUFacts &F) {
  All.Accesses.insert(F.Accesses.begin(), F.Accesses.end());
  All.Registrations.insert(F.Registrations.begin(), F.Registrations.end());
  All.PerfRequests.insert(F.PerfRequests.begin(), F.PerfRequests.end());
  All.Calls.insert(F.Calls.begin(), F.Calls.end());
  All.LockEffects.insert(F.LockEffects.begin(), F.LockEffects.end());
  All.AnalysedRoots.insert(F.AnalysedRoots.begin(), F.AnalysedRoots.end());
  if (F.FullDuplexSite &&
      (!All.FullDuplexSite || *F.FullDuplexSite < *All.FullDuplexSite))
    All.FullDuplexSite = F.FullDuplexSite;
}

} // namespace

int main(int argc, const char **argv) {
  // Everything after "--" is compiler flags for a fixed compilation database.
  WorkerLaunch Launch;
  Launch.Self = sys::fs::getMainExecutable(argv[0], (void *)&usageError);
  for (int I = 1; I < argc; ++I)
    if (StringRef(argv[I]) == "--") {
      Launch.HasFixedFlags = true;
      Launch.FixedFlags.assign(argv + I + 1, argv + argc);
      break;
    }
  std::string DbError;
  int Argc = argc;
  std::unique_ptr<tooling::CompilationDatabase> Db =
      tooling::FixedCompilationDatabase::loadFromCommandLine(Argc, argv,
                                                             DbError);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "storport-race-check " << ToolVersion << " (" << getClangFullVersion()
       << ")\n";
  });
  if (!cl::ParseCommandLineOptions(
          Argc, argv,
          "Whole-driver data-race analysis of Storport miniports.\n\n"
          "  storport-race-check -p <build-dir> [files...]\n"
          "  storport-race-check [options] files... -- <compiler flags>\n"
          "  storport-race-check --merge <summary-dir>\n"
          "  storport-race-check --vcxproj <driver.vcxproj> "
          "[--configuration C] [--platform P] [files...]\n",
          &errs()))
    return 2;

  std::optional<PerfMode> Perf = parsePerfMode(PerfOpt);
  std::optional<DuplexMode> Duplex = parseDuplexMode(DuplexOpt);
  if (!Perf)
    return usageError("--perf-mode must be auto, concurrent or serialized");
  if (!Duplex)
    return usageError("--duplex must be auto, full or half");
  if (Format != "text" && Format != "sarif" && Format != "plist")
    return usageError("--format must be text, sarif or plist");
  if (Jobs == 0)
    return usageError("-j needs at least 1");
  if (MaxLoop == 0)
    return usageError("--max-loop needs at least 1");
  if (!VcxProj.empty() &&
      (!BuildPath.empty() || Launch.HasFixedFlags || !MergeDir.empty()))
    return usageError("--vcxproj cannot be combined with -p, --merge or "
                      "compiler flags after --");
  if (VcxProj.empty() &&
      (VcxConfiguration.getNumOccurrences() || VcxPlatform.getNumOccurrences()))
    return usageError("--configuration and --platform need --vcxproj");

  // The configuration is checked once, before any analysis.
  std::string ConfigJson;
  StorportModel BaseModel;
  if (!ConfigFile.empty()) {
    Expected<std::string> J = configFileAsJson(ConfigFile);
    if (!J)
      return usageError(toString(J.takeError()));
    ConfigJson = *J;
    std::string Err = BaseModel.loadExtensionText(ConfigJson, ConfigFile);
    if (!Err.empty())
      return usageError(Err);
  }

  if (UseWdkShim && NoWdkShim)
    return usageError("--wdk-shim and --no-wdk-shim exclude each other");
  if (!WorkerOut.empty()) {
    // Worker: a batch of files, their results as a JSON array for the
    // parent.
    std::vector<std::string> Missing;
    if (std::string Err = openDatabase(Db, Missing, /*ShowNotes=*/false);
        !Err.empty())
      return usageError(Err);
    std::string ShimError;
    ShimFound = !NoWdkShim && findWdkShim(Launch.Self, Shim, ShimError);
    std::set<LockEffect> Effects;
    if (!WorkerEffects.empty()) {
      Expected<TUFacts> F = readSummaryFile(WorkerEffects);
      if (!F)
        return usageError(toString(F.takeError()));
      Effects = F->LockEffects;
    }
    if (Sources.empty())
      return usageError("a worker needs files to analyse");
    std::vector<std::string> Mine(Sources.begin(), Sources.end());
    std::vector<FileResult> R =
        analyseFiles(*Db, Launch, Mine, 1, ConfigJson, Effects);
    json::Array Out;
    for (const FileResult &F : R)
      Out.push_back(resultToJson(F));
    std::string Text;
    raw_string_ostream OS(Text);
    OS << json::Value(std::move(Out));
    if (Error E = writeFileAtomically(WorkerOut, OS.str()))
      return usageError(toString(std::move(E)));
    return 0;
  }

  std::set<std::string> Known;
  if (!Baseline.empty()) {
    Expected<std::set<std::string>> B = readBaseline(Baseline);
    if (!B)
      return usageError(toString(B.takeError()));
    Known = std::move(*B);
  }

  TUFacts All;
  bool AnalysisFailed = false;
  std::vector<std::string> InputFiles;

  if (!MergeDir.empty()) {
    // Combine per-file summaries written by the plugin.
    std::error_code EC;
    std::vector<std::string> Paths;
    for (sys::fs::directory_iterator It(MergeDir, EC), End; It != End && !EC;
         It.increment(EC))
      if (StringRef(It->path()).ends_with(".json"))
        Paths.push_back(It->path());
    if (EC)
      return usageError("cannot read summary directory '" + MergeDir +
                        "': " + EC.message());
    if (Paths.empty())
      return usageError("no summaries (*.json) in '" + MergeDir + "'");
    std::sort(Paths.begin(), Paths.end());
    for (const std::string &P : Paths) {
      Expected<TUFacts> F = readSummaryFile(P);
      if (!F) {
        errs() << P << ": error: bad summary: " << toString(F.takeError())
               << "\n";
        AnalysisFailed = true;
        continue;
      }
      mergeInto(All, *F);
    }
    // Lock wrappers from other files change what their callers hold; only an
    // analysis of the sources can apply them (or the config file's "locks").
    std::set<std::string> Wrappers;
    for (const LockEffect &E : All.LockEffects)
      Wrappers.insert(E.Function);
    unsigned Unapplied = 0;
    for (const CallRecord &C : All.Calls)
      if (Wrappers.count(C.Callee))
        ++Unapplied;
    if (Unapplied)
      errs() << "storport-race-check: note: " << Unapplied
             << " call(s) to lock wrappers defined in other files cannot be "
                "applied when merging summaries; declare the wrappers in the "
                "model file given to the plugin runs (ModelFile), or analyse "
                "the sources with storport-race-check\n";
  } else {
    std::vector<std::string> Missing;
    if (std::string Err = openDatabase(Db, Missing, /*ShowNotes=*/true);
        !Err.empty())
      return usageError(Err);
    for (const std::string &S : Sources) {
      SmallString<256> Abs(S);
      sys::fs::make_absolute(Abs);
      sys::path::remove_dots(Abs, true);
      InputFiles.push_back(Abs.str().str());
    }
    if (InputFiles.empty()) {
      InputFiles = Db->getAllFiles();
      // Files the project lists but that are not on disk are reported with
      // the files that could not be analysed.
      for (const std::string &M : Missing) {
        errs() << M << ": error: cannot analyse this file; the project "
               << "lists it but it does not exist\n";
        AnalysisFailed = true;
      }
    }
    std::sort(InputFiles.begin(), InputFiles.end());
    InputFiles.erase(std::unique(InputFiles.begin(), InputFiles.end()),
                     InputFiles.end());
    if (InputFiles.empty())
      return usageError(VcxProj.empty()
                            ? "no files to analyse"
                            : "no files to analyse (no ClCompile items in "
                              "the project for this configuration)");
    for (const std::string &F : InputFiles)
      if (!sys::fs::exists(F))
        return usageError("no such file: '" + F + "'");

    // Files whose include path lacks <storport.h> use the WDK shim.
    size_t ShimFiles = 0;
    for (const std::string &F : InputFiles)
      ShimFiles += wantsShim(*Db, F);
    if (ShimFiles) {
      std::string ShimError;
      ShimFound = findWdkShim(Launch.Self, Shim, ShimError);
      if (!ShimFound)
        return usageError(UseWdkShim
                              ? ShimError
                              : "<storport.h> is not on the include path of " +
                                    std::to_string(ShimFiles) +
                                    " file(s), and " + ShimError);
      if (!Quiet)
        errs() << "storport-race-check: note: "
               << (UseWdkShim ? "--wdk-shim: "
                              : "no WDK: <storport.h> is not on the include "
                                "path; ")
               << ShimFiles << " of " << InputFiles.size()
               << " file(s) are analysed with the bundled WDK shim headers ("
               << Shim.ShimInclude << ", over " << Shim.MingwInclude << ")"
               << (UseWdkShim ? "" : "; --no-wdk-shim turns this off") << "\n";
    }

    if (!VcxProj.empty()) {
      Launch.CommonArgs.push_back("--vcxproj=" + VcxProj);
      Launch.CommonArgs.push_back("--configuration=" + VcxConfiguration);
      Launch.CommonArgs.push_back("--platform=" + VcxPlatform);
    } else if (!BuildPath.empty()) {
      Launch.CommonArgs.push_back("-p");
      Launch.CommonArgs.push_back(BuildPath);
    }
    if (!ConfigFile.empty()) {
      Launch.CommonArgs.push_back("--config");
      Launch.CommonArgs.push_back(ConfigFile);
    }
    Launch.CommonArgs.push_back("--max-loop=" + std::to_string(MaxLoop));
    std::vector<FileResult> Results =
        analyseFiles(*Db, Launch, InputFiles, Jobs, ConfigJson, {});

    // Lock wrappers defined in one file and called from another: files that
    // call them are analysed again knowing what they do, until nothing new
    // is learnt.
    std::set<LockEffect> Applied;
    for (unsigned Round = 0; Round < 3; ++Round) {
      std::map<std::string, std::vector<LockEffect>> Effects;
      for (const FileResult &R : Results)
        for (const LockEffect &E : R.Facts.LockEffects)
          Effects[E.Function].push_back(E);
      std::set<LockEffect> Wanted;
      std::vector<std::string> Again;
      std::vector<size_t> AgainIdx;
      for (size_t I = 0; I < Results.size(); ++I) {
        bool Needs = false;
        for (const CallRecord &C : Results[I].Facts.Calls) {
          auto It = Effects.find(C.Callee);
          if (It == Effects.end())
            continue;
          for (const LockEffect &E : It->second) {
            Wanted.insert(E);
            if (!Applied.count(E))
              Needs = true;
          }
        }
        if (Needs) {
          Again.push_back(Results[I].File);
          AgainIdx.push_back(I);
        }
      }
      if (Again.empty())
        break;
      Applied.insert(Wanted.begin(), Wanted.end());
      std::vector<FileResult> Redo =
          analyseFiles(*Db, Launch, Again, Jobs, ConfigJson, Applied);
      for (size_t K = 0; K < Redo.size(); ++K)
        Results[AgainIdx[K]] = std::move(Redo[K]);
    }

    for (FileResult &R : Results) {
      if (R.Ok && !R.Tolerated.empty()) {
        errs() << R.File << ": warning: clang rejects what cl.exe only "
               << "warns about (C4028); analysed all the same:\n";
        for (const std::string &T : R.Tolerated)
          errs() << "  " << T << "\n";
      }
      if (!R.Ok) {
        AnalysisFailed = true;
        errs() << R.File << ": error: cannot analyse this file";
        if (R.Errors.empty()) {
          errs() << "\n";
        } else {
          errs() << "; clang reports:\n";
          for (size_t K = 0; K < R.Errors.size() && K < 5; ++K)
            errs() << "  " << R.Errors[K] << "\n";
          if (R.Errors.size() > 5)
            errs() << "  (" << R.Errors.size() - 5 << " more errors)\n";
          errs() << "  header search path"
                 << (R.UsedShim ? " (with the WDK shim)" : "") << ":";
          for (const std::string &D : R.SearchPath)
            errs() << " " << D;
          errs() << (R.SearchPath.empty() ? " (none)\n" : "\n");
        }
        continue;
      }
      if (!SummaryOut.empty())
        if (Error E = writeSummaryFile(SummaryOut, R.Facts, R.File))
          return usageError(toString(std::move(E)));
      mergeInto(All, R.Facts);
    }
  }

  // Decide and explain.
  StorportModel Model = BaseModel;
  RuleOptions Opts;
  Opts.Perf = *Perf;
  Opts.Duplex = *Duplex;
  std::vector<Finding> Findings = findRaces(All, Model, Opts);
  ModeDecision Mode = decideMode(All, Model, Opts);
  RunInfo Info;
  Info.ToolVersion = ToolVersion;
  Info.ClangVersion = getClangFullVersion();
  SmallString<256> Cwd;
  sys::fs::current_path(Cwd);
  Info.WorkingDir = Cwd.str().str();

  std::vector<Report> All_, Shown;
  Suppressions Supp;
  for (const Finding &F : Findings) {
    Report R{explain(F, Mode), F.Fingerprint};
    if (Supp.isSuppressed(R.E.Where)) {
      ++Info.Suppressed;
      continue;
    }
    All_.push_back(R);
    if (Known.count(R.Fingerprint)) {
      ++Info.Baselined;
      continue;
    }
    Shown.push_back(std::move(R));
  }

  if (!WriteBaseline.empty())
    if (Error E = writeFileAtomically(WriteBaseline, baselineText(All_)))
      return usageError(toString(std::move(E)));

  std::string Text;
  raw_string_ostream OS(Text);
  if (Format == "sarif")
    OS << sarifText(Shown, Info);
  else if (Format == "plist")
    OS << plistText(Shown, Info);
  else
    writeText(OS, Shown, Info);
  OS.flush();
  if (OutputFile.empty()) {
    outs() << Text;
    outs().flush();
  } else if (Error E = writeFileAtomically(OutputFile, Text)) {
    return usageError(toString(std::move(E)));
  }

  if (!Quiet) {
    errs() << "storport-race-check: " << Shown.size() << " finding"
           << (Shown.size() == 1 ? "" : "s");
    if (!InputFiles.empty())
      errs() << " in " << InputFiles.size() << " file"
             << (InputFiles.size() == 1 ? "" : "s");
    if (Info.Suppressed)
      errs() << ", " << Info.Suppressed << " suppressed inline";
    if (Info.Baselined)
      errs() << ", " << Info.Baselined << " in the baseline";
    if (AnalysisFailed)
      errs() << "; some files could not be analysed";
    errs() << "\n";
  }
  if (AnalysisFailed && !KeepGoing)
    return 2;
  return Shown.empty() ? 0 : 1;
}
