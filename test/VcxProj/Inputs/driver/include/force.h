/* Forced into every file by props/common.props (ForcedIncludeFiles). */
#define FORCED_INCLUDE 1
