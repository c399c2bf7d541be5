package dev.samovar.runner;

/** How Chicory executes the module. */
public enum Engine {
  /** Chicory's interpreter: no compile step, slow hot loops. */
  INTERPRETER,
  /** Chicory's runtime compiler to JVM bytecode: seconds to compile once, then JIT speed. */
  COMPILER
}
