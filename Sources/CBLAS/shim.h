// OpenBLAS's C interface to BLAS; Debian's libopenblas-dev installs it and
// pkg-config's `openblas` adds its include directory.
#include <cblas.h>
