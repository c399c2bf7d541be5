package dev.samovar.runner;

import java.nio.file.Path;

/** A host directory the guest sees at {@code guest}, with the given access. */
public record Mount(Path host, String guest, Access access) {}
