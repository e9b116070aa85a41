/*
 * WPP tracing, as real miniports set it up: a control GUID, trace flags and
 * a custom trace function declared in a configuration block that the WPP
 * preprocessor reads at build time.
 */
#pragma once

#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(ShimDiskTraceGuid,                                   \
                          (9f0a6c1e, 3b7d, 4e52, 8a41, 6d2c0b9e7f13),          \
                          WPP_DEFINE_BIT(TRACE_INIT)                           \
                              WPP_DEFINE_BIT(TRACE_IO)                         \
                                  WPP_DEFINE_BIT(TRACE_TIMER))

#define WPP_FLAG_LEVEL_LOGGER(flag, level) WPP_LEVEL_LOGGER(flag)
#define WPP_FLAG_LEVEL_ENABLED(flag, level)                                    \
  (WPP_LEVEL_ENABLED(flag) && WPP_CONTROL(WPP_BIT_##flag).Level >= level)

// begin_wpp config
// FUNC SdTrace(LEVEL, FLAGS, MSG, ...);
// end_wpp
