// OpenBLAS's C interface to BLAS; Debian's libopenblas-dev installs it and
// pkg-config's `openblas` adds its include directory.
#include <cblas.h>

// OpenBLAS starts its worker threads when it is loaded, and they spin (yielding)
// for a while waiting for work; this stops them. OpenBLAS starts them again on the
// next product large enough to use several threads.
int blas_thread_shutdown_(void);
