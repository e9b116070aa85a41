//===- Compat.h - Clang API differences between supported releases --------===//
//
// The only place in the project that looks at CLANG_VERSION_MAJOR. Every
// analyzer API whose shape differs between LLVM 19 and LLVM 22 is wrapped
// here so the rest of the checker is written once.
//
//===----------------------------------------------------------------------===//

#ifndef STORPORT_RACE_COMPAT_H
#define STORPORT_RACE_COMPAT_H

#include "clang/Basic/Version.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CallEvent.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/CheckerContext.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ExplodedGraph.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/SValBuilder.h"

#include <optional>

#if CLANG_VERSION_MAJOR < 19
#error "storport-race supports clang 19 and later"
#endif

namespace storport {
namespace compat {

/// A fresh symbolic value for the result of \p Call, of type \p Ty.
inline clang::ento::DefinedOrUnknownSVal
conjureCallValue(clang::ento::CheckerContext &C,
                 const clang::ento::CallEvent &Call, clang::QualType Ty,
                 const void *Tag) {
#if CLANG_VERSION_MAJOR >= 21
  return C.getSValBuilder().conjureSymbolVal(Call, Ty, C.blockCount(), Tag);
#else
  return C.getSValBuilder().conjureSymbolVal(
      Tag, Call.getOriginExpr(), C.getLocationContext(), Ty, C.blockCount());
#endif
}

/// A fresh symbolic value of type \p Ty for the object \p Call writes.
inline clang::ento::DefinedOrUnknownSVal
conjureStoredValue(clang::ento::CheckerContext &C,
                   const clang::ento::CallEvent &Call, clang::QualType Ty,
                   const void *Tag) {
  return conjureCallValue(C, Call, Ty, Tag);
}

/// The value of a concrete integer SVal (ConcreteInt::getValue() returns an
/// APSIntPtr from clang 20).
inline std::optional<int64_t> concreteInt(clang::ento::SVal V) {
  auto CI = V.getAs<clang::ento::nonloc::ConcreteInt>();
  if (!CI)
    return std::nullopt;
#if CLANG_VERSION_MAJOR >= 20
  return CI->getValue()->getExtValue();
#else
  return CI->getValue().getExtValue();
#endif
}

/// The APSInt behind a symbolic-expression constant (held through an
/// APSIntPtr from clang 20).
inline const llvm::APSInt &apsInt(const llvm::APSInt &V) { return V; }
#if CLANG_VERSION_MAJOR >= 20
inline const llvm::APSInt &apsInt(clang::ento::APSIntPtr V) { return *V; }
#endif

/// The first node of an exploded graph (one root per graph since clang 20).
inline const clang::ento::ExplodedNode *
graphRoot(const clang::ento::ExplodedGraph &G) {
#if CLANG_VERSION_MAJOR >= 20
  return G.getRoot();
#else
  return G.roots_begin() == G.roots_end() ? nullptr : *G.roots_begin();
#endif
}

} // namespace compat
} // namespace storport

/// checkBind gained an `AtDeclInit` parameter in clang 21. Checkers declare
/// their callback with this macro so one source serves both signatures.
#if CLANG_VERSION_MAJOR >= 21
#define STORPORT_CHECK_BIND_PARAMS                                             \
  clang::ento::SVal Loc, clang::ento::SVal Val, const clang::Stmt *S,          \
      bool /*AtDeclInit*/, clang::ento::CheckerContext &C
#else
#define STORPORT_CHECK_BIND_PARAMS                                             \
  clang::ento::SVal Loc, clang::ento::SVal Val, const clang::Stmt *S,          \
      clang::ento::CheckerContext &C
#endif

#endif // STORPORT_RACE_COMPAT_H
