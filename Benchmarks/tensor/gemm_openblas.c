// 1024 x 1024 float32 GEMM with OpenBLAS alone: one warm-up product, then the
// median of 10 (as matmul.md). Build: cc -O2 gemm_openblas.c $(pkg-config --cflags --libs openblas)
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int compare(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

int main(void) {
  const int n = 1024, runs = 10;
  float *a = malloc(sizeof(float) * n * n), *b = malloc(sizeof(float) * n * n), *c = malloc(sizeof(float) * n * n);
  for (int i = 0; i < n * n; i++) {
    a[i] = (float)rand() / RAND_MAX - 0.5f;
    b[i] = (float)rand() / RAND_MAX - 0.5f;
  }
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, a, n, b, n, 0, c, n);
  double times[10];
  for (int r = 0; r < runs; r++) {
    double t0 = now();
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, n, n, 1, a, n, b, n, 0, c, n);
    times[r] = now() - t0;
  }
  qsort(times, runs, sizeof(double), compare);
  double median = (times[runs / 2 - 1] + times[runs / 2]) / 2;
  printf("RESULT name=gemm_openblas seconds=%.5f gflops=%.1f\n", median, 2.0 * n * n * n / median / 1e9);
  free(a);
  free(b);
  free(c);
  return 0;
}
