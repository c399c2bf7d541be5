package dev.samovar.classlib;

/**
 * The entry point of a module that only serves exports: WASI's {@code _start} must exist, and TeaVM
 * needs a main class to reach the exported shims from.
 */
public final class NoMain {
  private NoMain() {}

  public static void main(String[] args) {
    // Nothing to run: the module is used through its exports.
  }
}
