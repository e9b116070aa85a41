//===- VcxProject.h - Compile commands from a Visual Studio project -------===//
//
// Reads an MSBuild C/C++ project (.vcxproj) far enough to analyse a driver
// without a compilation database: properties with conditions, imports of
// .props files, ClCompile item definitions and items. Produces one clang
// command line per ClCompile file.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_VCXPROJECT_H
#define STORPORT_VCXPROJECT_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace storport {

/// A parsed XML element.
struct XmlElement {
  std::string Name;
  std::vector<std::pair<std::string, std::string>> Attributes;
  std::vector<std::unique_ptr<XmlElement>> Children;
  std::string Text; ///< the element's own text and CDATA, concatenated
  unsigned Line = 0;

  /// The attribute \p Name (case-sensitive, as XML), or null.
  const std::string *attribute(llvm::StringRef Name) const;
};

/// Parses \p Text (named \p File in errors: "File:Line: message").
llvm::Expected<std::unique_ptr<XmlElement>> parseXml(llvm::StringRef Text,
                                                     llvm::StringRef File);

/// What was read from a project.
struct VcxProject {
  std::string ProjectFile; ///< absolute
  std::string ProjectDir;  ///< absolute, no trailing separator
  std::vector<clang::tooling::CompileCommand> Commands;
  /// ClCompile files the project lists that do not exist on disk.
  std::vector<std::string> MissingFiles;
  /// Things worth telling the user (missing imports, ...).
  std::vector<std::string> Notes;
  /// ConfigurationType is Driver, or a DriverType is set (WDK projects).
  bool IsDriver = false;
};

/// Evaluates the project \p Path for \p Configuration and \p Platform.
/// Errors (unreadable or malformed files) name the file and line. A solution
/// (.sln) yields the commands of its driver projects (all its C/C++
/// projects when none is a driver).
llvm::Expected<VcxProject> loadVcxProject(llvm::StringRef Path,
                                          llvm::StringRef Configuration,
                                          llvm::StringRef Platform);

/// A compilation database holding a project's compile commands.
class VcxCompilationDatabase : public clang::tooling::CompilationDatabase {
public:
  explicit VcxCompilationDatabase(
      std::vector<clang::tooling::CompileCommand> Commands);
  std::vector<clang::tooling::CompileCommand>
  getCompileCommands(llvm::StringRef FilePath) const override;
  std::vector<std::string> getAllFiles() const override;
  std::vector<clang::tooling::CompileCommand>
  getAllCompileCommands() const override;

private:
  std::map<std::string, std::vector<clang::tooling::CompileCommand>> ByFile;
};

} // namespace storport

#endif
