//===- PluginShim.cpp - Version-checked entry point of the plugin ---------===//
//
// The file users pass to `-load`. It references no clang or LLVM symbol, so
// every clang can load it and then compare the analyzer API version: a clang
// of another release reports "checker plugin ... is not compatible with this
// version of the analyzer" with both versions, instead of failing on an
// unresolved symbol. When the versions match, clang calls
// clang_registerCheckers, which loads the implementation library built next
// to this file and forwards the registration to it.
//
//===----------------------------------------------------------------------===//

#include "clang/Basic/Version.inc"

#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <string>

namespace clang {
namespace ento {
class CheckerRegistry;
} // namespace ento
} // namespace clang

#ifndef STORPORT_IMPL_FILE
#error "STORPORT_IMPL_FILE must name the implementation library"
#endif

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry);

namespace {

void *loadImplementation();

/// Runs when clang loads the plugin, before it compares API versions. The
/// compiler driver silences clang's own "incompatible plugin" warning, so say
/// clearly which clang this plugin needs when the host is another release.
__attribute__((constructor)) void checkHostClang() {
  using VersionFn = std::string (*)();
  auto HostVersion = reinterpret_cast<VersionFn>(
      dlsym(RTLD_DEFAULT, "_ZN5clang19getClangFullVersionB5cxx11Ev"));
  if (!HostVersion)
    return; // Not loaded by clang (a test harness, dlopen from a script).
  std::string Host = HostVersion();
  std::string Want = " " CLANG_VERSION_STRING;
  size_t At = Host.find(Want);
  bool Match = At != std::string::npos &&
               (At + Want.size() == Host.size() ||
                Host[At + Want.size()] == ' ' || Host[At + Want.size()] == '-');
  if (!Match) {
    std::fprintf(stderr,
                 "error: storport.CallbackRace: this plugin was built for "
                 "clang " CLANG_VERSION_STRING " and cannot run in '%s'; load "
                 "the StorportRace-clang<version>.so built for that clang "
                 "(tools/build.sh <major>)\n",
                 Host.c_str());
    return;
  }
  // The right clang: load the implementation now, so that its frontend
  // action (CodeChecker's `-plugin checkercfg`) is registered before clang
  // looks it up. clang_registerCheckers reuses this handle.
  loadImplementation();
}

} // namespace

namespace {

/// The implementation library next to this file, loaded once.
void *loadImplementation() {
  static void *Impl = []() -> void * {
    Dl_info Info;
    std::string Path = STORPORT_IMPL_FILE;
    if (dladdr(reinterpret_cast<void *>(&clang_registerCheckers), &Info) &&
        Info.dli_fname) {
      std::string Self = Info.dli_fname;
      size_t Slash = Self.rfind('/');
      if (Slash != std::string::npos)
        Path = Self.substr(0, Slash + 1) + STORPORT_IMPL_FILE;
    }
    void *H = dlopen(Path.c_str(), RTLD_NOW | RTLD_GLOBAL);
    if (!H)
      std::fprintf(stderr,
                   "error: storport.CallbackRace: cannot load the checker "
                   "implementation '%s' built for clang " CLANG_VERSION_STRING
                   ": %s\n",
                   Path.c_str(), dlerror());
    return H;
  }();
  return Impl;
}

} // namespace

extern "C" void clang_registerCheckers(clang::ento::CheckerRegistry &Registry) {
  void *Impl = loadImplementation();
  if (!Impl)
    return;
  using RegisterFn = void (*)(clang::ento::CheckerRegistry &);
  auto Register =
      reinterpret_cast<RegisterFn>(dlsym(Impl, "storport_registerCheckers"));
  if (!Register) {
    std::fprintf(stderr, "error: storport.CallbackRace: the implementation "
                         "library has no storport_registerCheckers\n");
    return;
  }
  Register(Registry);
}

extern "C" const char clang_analyzerAPIVersionString[] = CLANG_VERSION_STRING;
