/*
 * WDK shim (clean-room, for analysis only). mingw-w64's <intrin.h> includes
 * <mm3dnow.h>, whose clang version is only a deprecation #warning since
 * clang 19. Miniports use no 3DNow! intrinsics: this empty header, found
 * before clang's, keeps their compiles quiet.
 */
#ifndef STORPORT_SHIM_MM3DNOW_H
#define STORPORT_SHIM_MM3DNOW_H
#endif
