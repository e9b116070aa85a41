//===- Wpp.h - Analysing sources that use WPP software tracing --*- C++ -*-===//
//
// Drivers trace with WPP: each source includes a header the build generates
// from it (`#include "startio.tmh"`), calls DoTraceMessage, and calls trace
// functions declared in `begin_wpp config` comment blocks. Without the WPP
// preprocessor none of this compiles. For analysis the trace calls do
// nothing that matters, so missing .tmh headers become empty files and the
// trace macros expand to nothing.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_CHECK_WPP_H
#define STORPORT_RACE_CHECK_WPP_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace storport {

struct WppSupport {
  /// Absolute paths of missing generated headers, to map to empty files.
  std::vector<std::string> MissingTmh;
  /// `-D` flags turning WPP macros and configured trace functions into
  /// nothing.
  std::vector<std::string> Defines;
};

/// Looks at \p File (and the headers next to it, where `begin_wpp config`
/// blocks usually live) for WPP use.
WppSupport findWppUse(llvm::StringRef File);

} // namespace storport

#endif // STORPORT_RACE_CHECK_WPP_H
