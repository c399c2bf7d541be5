// flood: writes lines to stdout forever (or until a write fails).
#include <stdio.h>

int main(void) {
  for (unsigned long i = 0;; i++) {
    if (printf("line %lu of an endless stream\n", i) < 0) return 1;
  }
}
