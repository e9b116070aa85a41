//===- Facts.cpp - Access paths -------------------------------------------===//

#include "Facts.h"

namespace storport {

std::string AccessPath::str() const {
  std::string S = RootType.empty() ? "<extension>" : RootType;
  bool AfterDeref = false;
  for (const PathElem &E : Elems) {
    switch (E.K) {
    case PathElem::Field:
      S += AfterDeref ? "->" : ".";
      S += E.Name;
      AfterDeref = false;
      break;
    case PathElem::Deref:
      if (AfterDeref)
        S = "*" + S;
      AfterDeref = true;
      break;
    case PathElem::Index:
      S += E.Idx ? "[" + std::to_string(*E.Idx) + "]" : "[]";
      AfterDeref = false;
      break;
    }
  }
  if (AfterDeref)
    S = "*" + S;
  return S;
}

bool AccessPath::mayOverlap(const AccessPath &O) const {
  if (Param != O.Param)
    return false;
  if (!RootType.empty() && !O.RootType.empty() && RootType != O.RootType)
    return false;
  size_t N = std::min(Elems.size(), O.Elems.size());
  for (size_t I = 0; I < N; ++I) {
    const PathElem &A = Elems[I], &B = O.Elems[I];
    if (A.K != B.K)
      return false;
    if (A.K == PathElem::Field && A.Name != B.Name)
      return false;
    if (A.K == PathElem::Index && A.Idx && B.Idx && *A.Idx != *B.Idx)
      return false;
  }
  // One path names an object that contains the other's memory only when the
  // longer path stays inside it: past a pointer it reaches other memory
  // (reading `Ext->Ring` does not touch `Ext->Ring->Tail`).
  const std::vector<PathElem> &Longer =
      Elems.size() > O.Elems.size() ? Elems : O.Elems;
  for (size_t I = N; I < Longer.size(); ++I)
    if (Longer[I].K == PathElem::Deref)
      return false;
  return true;
}

AccessPath AccessPath::withoutIndices() const {
  AccessPath R = *this;
  for (PathElem &E : R.Elems)
    E.Idx.reset();
  return R;
}

AccessPath AccessPath::append(const AccessPath &Suffix) const {
  AccessPath R = *this;
  if (R.Elems.empty() && R.RootType.empty())
    R.RootType = Suffix.RootType;
  R.Elems.insert(R.Elems.end(), Suffix.Elems.begin(), Suffix.Elems.end());
  return R;
}

} // namespace storport
