/* A real error next to the tolerated one: the file is not analysed. */
#include "test-driver.h"
VOID Helper(PVOID A);
VOID Helper(PULONG A) { *A = 1; }
int Broken(void) { return undeclared_name; }
