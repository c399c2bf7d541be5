package dev.samovar.build.bindings.emit.shim;

import dev.samovar.build.bindings.abi.AbiFunction;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.abi.AbiParam;
import dev.samovar.build.bindings.abi.Kind;
import dev.samovar.build.bindings.abi.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The shim stage: writes {@code dev.samovar.generated.Exports}, one static method per typed export
 * with TeaVM's {@code @Export}, taking and returning only i32/i64/f32/f64. Each shim takes its
 * buffer arguments from the ABI runtime, calls the Java method, converts the result, and turns an
 * exception into the runtime's pending error plus the result type's error value (docs/abi.md).
 */
public final class ShimGenerator {
  /** Binary name of the generated shim class. */
  public static final String SHIM_CLASS = "dev.samovar.generated.Exports";

  private static final String ABI = "dev/samovar/classlib/abi/Abi";
  private static final String EXPORT_DESC = "Lorg/teavm/interop/Export;";
  private static final String OBJECT = "java/lang/Object";
  private static final String STRING_DESC = "Ljava/lang/String;";

  private ShimGenerator() {}

  /** Writes the shim class under {@code dir} and returns its path. */
  public static Path write(AbiModel model, Path dir) {
    byte[] bytes = generate(model);
    Path file = dir.resolve(SHIM_CLASS.replace('.', '/') + ".class");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The shim class's bytes. */
  public static byte[] generate(AbiModel model) {
    ClassWriter cw =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
          @Override
          protected String getCommonSuperClass(String a, String b) {
            // Frames only merge at the handler, whose locals are primitives: never reached in
            // practice, and user classes are not loadable here anyway.
            return OBJECT;
          }
        };
    cw.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        SHIM_CLASS.replace('.', '/'),
        null,
        OBJECT,
        null);
    for (AbiFunction f : model.allExports()) {
      shim(cw, f);
    }
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** The wasm-level descriptor of a shim: receiver handle, then per parameter its wire values. */
  public static String shimDescriptor(AbiFunction f) {
    StringBuilder sb = new StringBuilder("(");
    if (f.role() == Role.METHOD || f.role() == Role.CLOSE) {
      sb.append('I');
    }
    for (AbiParam p : f.params()) {
      Kind k = p.type().kind();
      if (k.isBoxed()) {
        sb.append('I').append(primitiveDesc(k.unboxed()));
      } else if (k.isPrimitive()) {
        sb.append(primitiveDesc(k));
      } else {
        sb.append('I');
      }
    }
    sb.append(')').append(returnDesc(f.result().kind()));
    return sb.toString();
  }

  private static String primitiveDesc(Kind k) {
    return switch (k) {
      case BOOLEAN, INT -> "I";
      case LONG -> "J";
      case FLOAT -> "F";
      case DOUBLE -> "D";
      default -> throw new IllegalArgumentException(k.name());
    };
  }

  private static String returnDesc(Kind k) {
    return switch (k) {
      case LONG -> "J";
      case FLOAT -> "F";
      case DOUBLE -> "D";
      default -> "I";
    };
  }

  private static void shim(ClassWriter cw, AbiFunction f) {
    String desc = shimDescriptor(f);
    MethodVisitor mv =
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, f.exportName(), desc, null, null);
    AnnotationVisitor av = mv.visitAnnotation(EXPORT_DESC, true);
    av.visit("name", f.exportName());
    av.visitEnd();
    mv.visitCode();
    Label start = new Label();
    Label end = new Label();
    Label handler = new Label();
    mv.visitTryCatchBlock(start, end, handler, "java/lang/Throwable");
    mv.visitLabel(start);
    String owner = f.owner().replace('.', '/');
    String display = f.javaDisplayName();
    int local = 0;
    if (f.role() == Role.CLOSE) {
      mv.visitVarInsn(Opcodes.ILOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, "closeHandle", "(I)Ljava/lang/Object;", false);
      if (f.calls()) {
        mv.visitTypeInsn(Opcodes.CHECKCAST, owner);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, "close", "()V", false);
      } else {
        mv.visitInsn(Opcodes.POP);
      }
      mv.visitInsn(Opcodes.ICONST_0);
      mv.visitLabel(end);
      mv.visitInsn(Opcodes.IRETURN);
      errorReturn(mv, handler, f.result().kind());
      mv.visitMaxs(0, 0);
      mv.visitEnd();
      return;
    }
    if (f.role() == Role.CONSTRUCTOR) {
      mv.visitTypeInsn(Opcodes.NEW, owner);
      mv.visitInsn(Opcodes.DUP);
    } else if (f.role() == Role.METHOD) {
      mv.visitVarInsn(Opcodes.ILOAD, 0);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, "receiver", "(I)Ljava/lang/Object;", false);
      mv.visitTypeInsn(Opcodes.CHECKCAST, owner);
      local = 1;
    }
    for (int i = 0; i < f.params().size(); i++) {
      AbiParam p = f.params().get(i);
      local = loadParam(mv, p, i, local);
      if (p.type().kind().isReference() && !p.nullable()) {
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(display);
        mv.visitLdcInsn(p.name());
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC,
            ABI,
            "requireNonNull",
            "(Ljava/lang/Object;" + STRING_DESC + STRING_DESC + ")V",
            false);
      }
    }
    switch (f.role()) {
      case CONSTRUCTOR ->
          mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", f.descriptor(), false);
      case METHOD ->
          mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, f.javaName(), f.descriptor(), false);
      default ->
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, f.javaName(), f.descriptor(), false);
    }
    Kind rk = f.result().kind();
    convertResult(mv, f.role() == Role.CONSTRUCTOR ? Kind.HANDLE : rk);
    mv.visitLabel(end);
    mv.visitInsn(Type.getReturnType(desc).getOpcode(Opcodes.IRETURN));
    errorReturn(mv, handler, rk);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** Pushes Java parameter {@code index} from the shim's locals; returns the next local. */
  private static int loadParam(MethodVisitor mv, AbiParam p, int index, int local) {
    Kind k = p.type().kind();
    if (k.isPrimitive()) {
      switch (k) {
        case BOOLEAN -> {
          mv.visitVarInsn(Opcodes.ILOAD, local);
          Label zero = new Label();
          Label done = new Label();
          mv.visitJumpInsn(Opcodes.IFEQ, zero);
          mv.visitInsn(Opcodes.ICONST_1);
          mv.visitJumpInsn(Opcodes.GOTO, done);
          mv.visitLabel(zero);
          mv.visitInsn(Opcodes.ICONST_0);
          mv.visitLabel(done);
          return local + 1;
        }
        case INT -> mv.visitVarInsn(Opcodes.ILOAD, local);
        case LONG -> mv.visitVarInsn(Opcodes.LLOAD, local);
        case FLOAT -> mv.visitVarInsn(Opcodes.FLOAD, local);
        default -> mv.visitVarInsn(Opcodes.DLOAD, local);
      }
      return local + (k == Kind.LONG || k == Kind.DOUBLE ? 2 : 1);
    }
    if (k.isBoxed()) {
      Kind u = k.unboxed();
      mv.visitVarInsn(Opcodes.ILOAD, local);
      String prim = primitiveDesc(u);
      mv.visitVarInsn(Type.getType(prim).getOpcode(Opcodes.ILOAD), local + 1);
      String boxed = "Ljava/lang/" + k.javaName() + ";";
      String helper =
          switch (u) {
            case BOOLEAN -> "boxBoolean";
            case INT -> "boxInt";
            case LONG -> "boxLong";
            case FLOAT -> "boxFloat";
            default -> "boxDouble";
          };
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, helper, "(I" + prim + ")" + boxed, false);
      return local + 1 + (u == Kind.LONG || u == Kind.DOUBLE ? 2 : 1);
    }
    if (k == Kind.HANDLE) {
      mv.visitVarInsn(Opcodes.ILOAD, local);
      mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, "argHandle", "(I)Ljava/lang/Object;", false);
      mv.visitTypeInsn(Opcodes.CHECKCAST, p.type().javaClass().replace('.', '/'));
      return local + 1;
    }
    String helper;
    String type;
    switch (k) {
      case STRING -> {
        helper = "argString";
        type = STRING_DESC;
      }
      case STRINGS -> {
        helper = "argStrings";
        type = "[" + STRING_DESC;
      }
      case BYTES -> {
        helper = "argBytes";
        type = "[B";
      }
      case INTS -> {
        helper = "argInts";
        type = "[I";
      }
      case LONGS -> {
        helper = "argLongs";
        type = "[J";
      }
      case FLOATS -> {
        helper = "argFloats";
        type = "[F";
      }
      default -> {
        helper = "argDoubles";
        type = "[D";
      }
    }
    pushInt(mv, index);
    mv.visitVarInsn(Opcodes.ILOAD, local);
    mv.visitLdcInsn(p.name());
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, helper, "(II" + STRING_DESC + ")" + type, false);
    return local + 1;
  }

  private static void convertResult(MethodVisitor mv, Kind k) {
    switch (k) {
      case VOID -> mv.visitInsn(Opcodes.ICONST_0);
      case BOOLEAN, INT, LONG, FLOAT, DOUBLE -> {
        // Already a wasm value.
      }
      case STRING ->
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC, ABI, "retString", "(" + STRING_DESC + ")I", false);
      case STRINGS ->
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC, ABI, "retStrings", "([" + STRING_DESC + ")I", false);
      case HANDLE ->
          mv.visitMethodInsn(
              Opcodes.INVOKESTATIC, ABI, "retHandle", "(Ljava/lang/Object;)I", false);
      case BOXED_BOOLEAN, BOXED_INT, BOXED_LONG, BOXED_FLOAT, BOXED_DOUBLE -> {
        String name = k.javaName();
        mv.visitMethodInsn(
            Opcodes.INVOKESTATIC,
            ABI,
            "retBoxed" + (name.equals("Integer") ? "Int" : name),
            "(Ljava/lang/" + name + ";)I",
            false);
      }
      default ->
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, "retArray", "(Ljava/lang/Object;)I", false);
    }
  }

  /** The handler: record the exception, return the result type's error value. */
  private static void errorReturn(MethodVisitor mv, Label handler, Kind k) {
    mv.visitLabel(handler);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, ABI, "fail", "(Ljava/lang/Throwable;)V", false);
    switch (k) {
      case VOID -> {
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
      }
      case BOOLEAN -> {
        mv.visitInsn(Opcodes.ICONST_2);
        mv.visitInsn(Opcodes.IRETURN);
      }
      case INT -> {
        mv.visitLdcInsn(Integer.MIN_VALUE);
        mv.visitInsn(Opcodes.IRETURN);
      }
      case LONG -> {
        mv.visitLdcInsn(Long.MIN_VALUE);
        mv.visitInsn(Opcodes.LRETURN);
      }
      case FLOAT -> {
        mv.visitLdcInsn(Float.NaN);
        mv.visitInsn(Opcodes.FRETURN);
      }
      case DOUBLE -> {
        mv.visitLdcInsn(Double.NaN);
        mv.visitInsn(Opcodes.DRETURN);
      }
      case HANDLE -> {
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
      }
      default -> {
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
      }
    }
  }

  private static void pushInt(MethodVisitor mv, int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(Opcodes.ICONST_0 + v);
    } else if (v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(Opcodes.BIPUSH, v);
    } else {
      mv.visitIntInsn(Opcodes.SIPUSH, v);
    }
  }
}
