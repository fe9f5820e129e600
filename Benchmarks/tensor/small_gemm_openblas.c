/* OpenBLAS's sgemm alone on the products of small_kernel.sh, one thread, CPU time of
   the calling thread (steady on a loaded machine), best of 5 loops of 2,000. */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_THREAD_CPUTIME_ID,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void run(int m,int n,int k,int ta,int tb,int reps){
 float*a=malloc(4*m*k),*b=malloc(4*k*n),*c=malloc(4*m*n);
 for(int i=0;i<m*k;i++)a[i]=i%7-3; for(int i=0;i<k*n;i++)b[i]=i%5-2;
 double best=1e9;
 for(int r=0;r<5;r++){double t0=now();for(int i=0;i<reps;i++)cblas_sgemm(CblasRowMajor,ta?CblasTrans:CblasNoTrans,tb?CblasTrans:CblasNoTrans,m,n,k,1,a,ta?m:k,b,tb?k:n,0,c,n);double t=now()-t0;if(t<best)best=t;}
 printf("%dx%dx%d tA=%d tB=%d: %.3f us\n",m,k,n,ta,tb,best/reps*1e6);
}
int main(){openblas_set_num_threads(1);int s[]={8,12,16,24,32,64};for(int i=0;i<6;i++)run(s[i],s[i],s[i],0,0,2000);
run(800,10,2,0,0,2000);run(800,1,10,0,0,2000);run(10,1,800,1,0,2000);run(800,10,1,0,1,2000);run(2,10,800,1,0,2000);}
