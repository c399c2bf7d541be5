package dev.samovar.runner;

/** What the guest may do in a mounted directory. */
public enum Access {
  /** Read files and list directories; every change fails with {@code EROFS}. */
  READ_ONLY,
  /** Read, create, write, rename and delete inside the directory. */
  READ_WRITE
}
