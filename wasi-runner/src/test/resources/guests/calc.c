// calc: a WASI reactor (no _start) with numeric exports for --invoke and Sandbox.invoke.
#include <stdint.h>

static int32_t calls;

__attribute__((export_name("add"))) int32_t add(int32_t a, int32_t b) { return a + b; }

__attribute__((export_name("mul64"))) int64_t mul64(int64_t a, int64_t b) { return a * b; }

__attribute__((export_name("div"))) double divide(double a, double b) { return a / b; }

__attribute__((export_name("half"))) float half(float a) { return a / 2; }

// Counts calls on this instance: 1 on a fresh instance.
__attribute__((export_name("count"))) int32_t count(void) { return ++calls; }

// Loops forever: for time limits on an export.
__attribute__((export_name("spin"))) void spin(void) {
  for (volatile int i = 0;; i++) {
  }
}
