package dev.samovar.runner;

import java.nio.file.Path;

/** A host directory the guest sees at {@code guest}. */
public record Mount(Path host, String guest) {}
