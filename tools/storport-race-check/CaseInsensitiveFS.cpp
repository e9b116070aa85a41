//===- CaseInsensitiveFS.cpp - Windows file name lookup -------------------===//

#include "CaseInsensitiveFS.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Errc.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace storport {

const std::map<std::string, std::string> &
CaseInsensitiveFileSystem::listing(const std::string &Dir) {
  auto It = Listings.find(Dir);
  if (It != Listings.end())
    return It->second;
  std::map<std::string, std::string> &Names = Listings[Dir];
  std::error_code EC;
  for (vfs::directory_iterator I = getUnderlyingFS().dir_begin(Dir, EC), End;
       I != End && !EC; I.increment(EC)) {
    StringRef Name = sys::path::filename(I->path());
    Names.emplace(Name.lower(), Name.str()); // first spelling wins
  }
  return Names;
}

std::string CaseInsensitiveFileSystem::resolve(const Twine &Path) {
  SmallString<256> Abs;
  Path.toVector(Abs);
  if (makeAbsolute(Abs))
    return "";
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  StringRef Root = sys::path::root_path(Abs);
  if (Root.empty())
    return "";
  std::string Cur = Root.str();
  for (auto It = sys::path::begin(sys::path::relative_path(Abs)),
            End = sys::path::end(sys::path::relative_path(Abs));
       It != End; ++It) {
    const std::map<std::string, std::string> &Names = listing(Cur);
    auto Hit = Names.find(It->lower());
    if (Hit == Names.end())
      return "";
    SmallString<256> Next(Cur);
    sys::path::append(Next, Hit->second);
    Cur = Next.str().str();
  }
  return Cur;
}

ErrorOr<vfs::Status> CaseInsensitiveFileSystem::status(const Twine &Path) {
  ErrorOr<vfs::Status> S = ProxyFileSystem::status(Path);
  if (S || S.getError() != errc::no_such_file_or_directory)
    return S;
  std::string Real = resolve(Path);
  if (Real.empty())
    return S;
  ErrorOr<vfs::Status> R = ProxyFileSystem::status(Real);
  if (!R)
    return R;
  return vfs::Status::copyWithNewName(*R, Path.str());
}

ErrorOr<std::unique_ptr<vfs::File>>
CaseInsensitiveFileSystem::openFileForRead(const Twine &Path) {
  ErrorOr<std::unique_ptr<vfs::File>> F =
      ProxyFileSystem::openFileForRead(Path);
  if (F || F.getError() != errc::no_such_file_or_directory)
    return F;
  std::string Real = resolve(Path);
  if (Real.empty())
    return F;
  return ProxyFileSystem::openFileForRead(Real);
}

std::string findIgnoringCase(StringRef Path) {
  if (sys::fs::exists(Path))
    return Path.str();
  // Directory listings are cached for the life of the process: projects and
  // include directories do not change while the tool runs.
  static CaseInsensitiveFileSystem FS(vfs::getRealFileSystem());
  return FS.resolve(Path);
}

} // namespace storport
