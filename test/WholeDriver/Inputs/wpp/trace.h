/* WPP configuration, as drivers write it (the WPP preprocessor reads the
 * comment block; the compiler never sees these functions defined). */
#define WPP_CONTROL_GUIDS                                                      \
  WPP_DEFINE_CONTROL_GUID(WppDriverGuid, (1, 2, 3, 4, 5),                      \
                          WPP_DEFINE_BIT(TRACE_DRIVER)                         \
                              WPP_DEFINE_BIT(TRACE_QUEUE))

// begin_wpp config
// FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
// FUNC TraceQueue{LEVEL=TRACE_LEVEL_INFO, FLAGS=TRACE_QUEUE}(MSG, ...);
// end_wpp
