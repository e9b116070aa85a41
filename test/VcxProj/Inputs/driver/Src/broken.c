/* Excluded from the build in every configuration: it would not compile. */
this is not C;
