package dev.samovar.build;

/**
 * TeaVM's optimization level. ADVANCED is our default: measured on the flagship core it halves the
 * binary against FULL's inlining and keeps every function small enough for Chicory's compiler.
 */
public enum OptimizationLevel {
  SIMPLE,
  ADVANCED,
  FULL
}
