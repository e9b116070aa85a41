//===- WdkShim.h - Analysing miniports without the WDK ----------*- C++ -*-===//
//
// Miniports include <ntddk.h> and <storport.h> from the Windows Driver Kit,
// which Linux machines do not have. The project ships a clean-room header
// set (tools/wdk-shim/include) with the Storport surface, layered on the
// NT kernel headers of Debian's mingw-w64-common package. A file whose
// include path does not reach <storport.h> is compiled against it: for the
// mingw-w64 flavour of the same Windows target, with Microsoft extensions.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_CHECK_WDKSHIM_H
#define STORPORT_RACE_CHECK_WDKSHIM_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace storport {

/// Where the shim's headers are.
struct WdkShim {
  std::string ShimInclude;  ///< our headers (tools/wdk-shim/include)
  std::string MingwInclude; ///< mingw-w64-common's include directory
  /// The -isystem directories, in search order.
  std::vector<std::string> searchPath() const;
};

/// Finds the shim next to the executable \p MainExe (installed layout), else
/// in the source tree it was built from. On failure the message says what is
/// missing and how to get it.
bool findWdkShim(llvm::StringRef MainExe, WdkShim &Out, std::string &Error);

/// Whether the include path of the compiler command \p Args (run in
/// \p Directory) has \p Header: -I, -isystem, -idirafter, /I, -imsvc and,
/// for Windows targets, the INCLUDE environment variable.
bool includePathHas(const std::vector<std::string> &Args,
                    llvm::StringRef Directory, llvm::StringRef Header);

/// \p Args rewritten to compile against \p Shim: the mingw-w64 target of the
/// same architecture, Microsoft extensions, no host system headers, and the
/// shim's directories after the project's own, or before them if \p First
/// (so that they replace WDK headers the project does reach).
std::vector<std::string> withWdkShim(const std::vector<std::string> &Args,
                                     const WdkShim &Shim, bool First);

/// The user include directories of \p Args, in order, relative ones made
/// absolute from \p Directory (for error messages).
std::vector<std::string> userIncludeDirs(const std::vector<std::string> &Args,
                                         llvm::StringRef Directory);

} // namespace storport

#endif // STORPORT_RACE_CHECK_WDKSHIM_H
