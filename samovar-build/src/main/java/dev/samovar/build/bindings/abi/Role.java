package dev.samovar.build.bindings.abi;

/** What an export does. */
public enum Role {
  /** A public static method. */
  FUNCTION,
  /** The public constructor of a handle class: returns a new handle. */
  CONSTRUCTOR,
  /** A public instance method of a handle class: takes the handle first. */
  METHOD,
  /** Closes a handle (calling the class's {@code close()} when it has one). */
  CLOSE
}
