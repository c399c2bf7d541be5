package dev.samovar.build.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Writes the module's real entry class: {@code main} calls the user's main inside a try/catch that
 * hands an uncaught exception to our launcher. It must be bytecode in a class of its own: TeaVM's
 * {@code Fiber.runMain} intrinsic does not propagate exceptions to a caller's handler.
 */
public final class EntryPointGenerator {
  /** Binary name of the generated entry class. */
  public static final String ENTRY_CLASS = "dev.samovar.generated.Entry";

  private static final String LAUNCHER = "dev/samovar/classlib/wasi/Launcher";

  private EntryPointGenerator() {}

  /** Writes {@code dev/samovar/generated/Entry.class} calling {@code mainClass.main} under dir. */
  public static void write(Path dir, String mainClass) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    String internal = ENTRY_CLASS.replace('.', '/');
    cw.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        internal,
        null,
        "java/lang/Object",
        null);
    MethodVisitor mv =
        cw.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
    mv.visitCode();
    Label start = new Label();
    Label end = new Label();
    Label handler = new Label();
    mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
    mv.visitLabel(start);
    mv.visitVarInsn(Opcodes.ALOAD, 0);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC, mainClass.replace('.', '/'), "main", "([Ljava/lang/String;)V", false);
    mv.visitLabel(end);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, LAUNCHER, "finish", "()V", false);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitLabel(handler);
    mv.visitVarInsn(Opcodes.ASTORE, 1);
    mv.visitVarInsn(Opcodes.ALOAD, 1);
    mv.visitMethodInsn(
        Opcodes.INVOKESTATIC, LAUNCHER, "uncaught", "(Ljava/lang/Throwable;)V", false);
    mv.visitInsn(Opcodes.RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    Path file = dir.resolve(internal + ".class");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, cw.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
