//===- WdkShim.cpp - Analysing miniports without the WDK ------------------===//

#include "WdkShim.h"
#include "CaseInsensitiveFS.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <optional>

using namespace llvm;

namespace storport {

#ifndef STORPORT_WDK_SHIM_SOURCE_DIR
#define STORPORT_WDK_SHIM_SOURCE_DIR ""
#endif
#ifndef STORPORT_MINGW_INCLUDE_DIR
#define STORPORT_MINGW_INCLUDE_DIR "/usr/share/mingw-w64/include"
#endif

std::vector<std::string> WdkShim::searchPath() const {
  SmallString<256> Ddk(MingwInclude);
  sys::path::append(Ddk, "ddk");
  return {ShimInclude, Ddk.str().str(), MingwInclude};
}

bool findWdkShim(StringRef MainExe, WdkShim &Out, std::string &Error) {
  // Installed: <prefix>/bin/storport-race-check and
  // <prefix>/share/storport-race-check/wdk-shim/include.
  SmallString<256> Installed(sys::path::parent_path(MainExe));
  sys::path::append(Installed, "..", "share", "storport-race-check");
  sys::path::append(Installed, "wdk-shim", "include");
  sys::path::remove_dots(Installed, /*remove_dot_dot=*/true);
  std::string Candidates[] = {Installed.str().str(),
                              STORPORT_WDK_SHIM_SOURCE_DIR};
  Out.ShimInclude.clear();
  for (const std::string &C : Candidates) {
    SmallString<256> Probe(C);
    sys::path::append(Probe, "storport.h");
    if (!C.empty() && sys::fs::is_regular_file(Probe)) {
      Out.ShimInclude = C;
      break;
    }
  }
  if (Out.ShimInclude.empty()) {
    Error = "the WDK shim headers are missing (looked in '" + Candidates[0] +
            "'" +
            (Candidates[1].empty() ? "" : " and '" + Candidates[1] + "'") +
            "); reinstall storport-race-check";
    return false;
  }
  std::optional<std::string> Env =
      sys::Process::GetEnv("STORPORT_MINGW_INCLUDE");
  Out.MingwInclude = Env ? *Env : STORPORT_MINGW_INCLUDE_DIR;
  SmallString<256> Ntddk(Out.MingwInclude);
  sys::path::append(Ntddk, "ddk", "ntddk.h");
  if (!sys::fs::is_regular_file(Ntddk)) {
    Error = "the WDK shim needs the NT kernel headers of Debian's "
            "mingw-w64-common package, not found in '" +
            Out.MingwInclude +
            "' (apt-get install mingw-w64-common, or set "
            "STORPORT_MINGW_INCLUDE to its include directory)";
    return false;
  }
  return true;
}

namespace {

/// Calls \p F(Value) for each include directory option of \p Args.
template <typename Fn>
void forEachIncludeDir(const std::vector<std::string> &Args, Fn F) {
  static const char *const Options[] = {"-I",         "/I",         "-isystem",
                                        "-idirafter", "-imsvc",     "/imsvc",
                                        "-iquote",    "/external:I"};
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A.consume_front("--include-directory=")) {
      F(A);
      continue;
    }
    for (StringRef O : Options) {
      if (!A.starts_with(O))
        continue;
      StringRef Rest = A.drop_front(O.size());
      if (!Rest.empty())
        F(Rest);
      else if (I + 1 < Args.size())
        F(Args[++I]);
      break;
    }
  }
}

/// The value of the --target / -target option, or "".
std::string targetOf(const std::vector<std::string> &Args) {
  std::string T;
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A.consume_front("--target="))
      T = A.str();
    else if ((A == "-target" || A == "--target") && I + 1 < Args.size())
      T = Args[++I];
  }
  return T;
}

bool hasFile(StringRef Dir, StringRef Directory, StringRef Header) {
  SmallString<256> P(Dir);
  if (!sys::path::is_absolute(P)) {
    P = Directory;
    sys::path::append(P, Dir);
  }
  sys::path::append(P, Header);
  // A WDK copied to a case-sensitive file system may spell it otherwise.
  return !findIgnoringCase(P).empty();
}

} // namespace

bool includePathHas(const std::vector<std::string> &Args, StringRef Directory,
                    StringRef Header) {
  bool Found = false;
  forEachIncludeDir(Args, [&](StringRef D) {
    Found = Found || hasFile(D, Directory, Header);
  });
  if (Found)
    return true;
  // clang reads INCLUDE for Windows MSVC targets, as cl.exe does.
  if (StringRef(targetOf(Args)).contains("msvc"))
    if (std::optional<std::string> Env = sys::Process::GetEnv("INCLUDE")) {
      SmallVector<StringRef, 8> Dirs;
      StringRef(*Env).split(Dirs, ';', -1, false);
      for (StringRef D : Dirs)
        if (hasFile(D.trim(), Directory, Header))
          return true;
    }
  return false;
}

std::vector<std::string> withWdkShim(const std::vector<std::string> &Args,
                                     const WdkShim &Shim, bool First) {
  std::string Target = targetOf(Args);
  StringRef Arch = StringRef(Target).split('-').first;
  bool Windows = StringRef(Target).contains("windows") ||
                 StringRef(Target).contains("win32");
  const char *Triple = "x86_64-w64-windows-gnu";
  std::vector<std::string> ArchDefines = {"-D_WIN64", "-D_AMD64_", "-DAMD64"};
  if (Arch == "i386" || Arch == "i486" || Arch == "i586" || Arch == "i686" ||
      Arch == "x86") {
    Triple = "i686-w64-windows-gnu";
    ArchDefines = {"-D_X86_"};
  } else if (Arch == "aarch64" || Arch == "arm64") {
    Triple = "aarch64-w64-windows-gnu";
    ArchDefines = {"-D_WIN64", "-D_ARM64_", "-DARM64"};
  }

  std::vector<std::string> Out;
  if (Args.empty())
    return Out;
  Out.push_back(Args[0]);
  Out.push_back(std::string("--target=") + Triple);
  Out.push_back("-fms-extensions");
  // Host headers (/usr/include) must not answer for Windows ones; clang's
  // own (stddef.h, intrin.h, ...) stay.
  Out.push_back("-nostdlibinc");
  if (First)
    for (const std::string &D : Shim.searchPath())
      Out.push_back("-I" + D);
  if (!Windows) {
    // Not a Windows build: add what the WDK's build environment defines.
    Out.insert(Out.end(), ArchDefines.begin(), ArchDefines.end());
    Out.insert(Out.end(), {"-D_KERNEL_MODE", "-DWINNT=1"});
  }
  for (size_t I = 1; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if ((A == "-target" || A == "--target") && I + 1 < Args.size()) {
      ++I;
      continue;
    }
    // The mingw-w64 headers are written for the GNU dialect: clang's MSVC
    // compatibility mode (and its _MSC_VER) would take them down MSVC paths
    // they do not support.
    if (A.starts_with("--target=") || A == "-fms-compatibility" ||
        A.starts_with("-fms-compatibility-version=") ||
        A.starts_with("-fmsc-version="))
      continue;
    Out.push_back(Args[I]);
  }
  if (!First)
    for (const std::string &D : Shim.searchPath()) {
      Out.push_back("-isystem");
      Out.push_back(D);
    }
  return Out;
}

std::vector<std::string> userIncludeDirs(const std::vector<std::string> &Args,
                                         StringRef Directory) {
  std::vector<std::string> Dirs;
  forEachIncludeDir(Args, [&](StringRef D) {
    SmallString<256> P(D);
    if (!sys::path::is_absolute(P) && !Directory.empty()) {
      P = Directory;
      sys::path::append(P, D);
    }
    sys::fs::make_absolute(P); // Directory may be "." itself
    sys::path::remove_dots(P, /*remove_dot_dot=*/true);
    Dirs.push_back(P.str().str());
  });
  return Dirs;
}

} // namespace storport
