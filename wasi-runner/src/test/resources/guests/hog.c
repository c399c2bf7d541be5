// hog: allocates 1 MiB blocks until malloc fails (memory.grow refused), then prints how many it
// got and exits 0. Under a memory limit the count shows where the limit stopped it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *volatile last;

int main(void) {
  int blocks = 0;
  for (;;) {
    char *p = malloc(1 << 20);
    if (!p) break;
    memset(p, 1, 1 << 20);
    last = p;
    blocks++;
  }
  printf("allocated %d MiB\n", blocks);
  return 0;
}
