//===- CaseInsensitiveFS.h - Windows file name lookup -----------*- C++ -*-===//
//
// Drivers are written on Windows, whose file system ignores case:
// `#include "virtio.h"` finds VirtIO.h there. Analysed on Linux, such an
// include fails. This file system looks a path up as spelt first and, only
// when that finds nothing, component by component ignoring case, the way
// --vcxproj already finds project files.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_CHECK_CASEINSENSITIVEFS_H
#define STORPORT_RACE_CHECK_CASEINSENSITIVEFS_H

#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <string>

namespace storport {

class CaseInsensitiveFileSystem : public llvm::vfs::ProxyFileSystem {
public:
  explicit CaseInsensitiveFileSystem(
      llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : ProxyFileSystem(std::move(FS)) {}

  llvm::ErrorOr<llvm::vfs::Status> status(const llvm::Twine &Path) override;
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>>
  openFileForRead(const llvm::Twine &Path) override;

  /// The path that \p Path names ignoring case (each component matched
  /// ignoring case), or "" if there is none.
  std::string resolve(const llvm::Twine &Path);

private:
  /// Directory -> (lower-case name -> name on disk); cached, since header
  /// search misses in most directories of the include path.
  const std::map<std::string, std::string> &listing(const std::string &Dir);

  std::map<std::string, std::map<std::string, std::string>> Listings;
};

/// \p Path as it exists on disk: as spelt if it exists, else matching its
/// components ignoring case; "" if nothing matches.
std::string findIgnoringCase(llvm::StringRef Path);

} // namespace storport

#endif // STORPORT_RACE_CHECK_CASEINSENSITIVEFS_H
