package dev.samovar.build.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.teavm.diagnostics.DefaultProblemTextConsumer;
import org.teavm.diagnostics.Problem;
import org.teavm.model.CallLocation;
import org.teavm.model.MethodReference;
import org.teavm.model.TextLocation;

/**
 * Turns TeaVM's problems into messages a Java developer can act on: what is missing, which method
 * calls it, at which source line, and what to do about it.
 */
public final class ProblemFormatter {
  private static final Pattern MISSING_METHOD = Pattern.compile("Method (\\S+) was not found");
  private static final Pattern MISSING_CLASS = Pattern.compile("Class (\\S+) was not found");

  private ProblemFormatter() {}

  /** One problem as "message\n at caller (File.java:line)\n hint: ...". */
  public static String format(Problem problem) {
    DefaultProblemTextConsumer text = new DefaultProblemTextConsumer();
    problem.render(text);
    String message = text.getText();
    StringBuilder sb = new StringBuilder(message);
    CallLocation location = problem.getLocation();
    if (location != null && location.getMethod() != null) {
      sb.append("\n    at ").append(javaName(location.getMethod()));
      TextLocation source = location.getSourceLocation();
      if (source != null && !source.isEmpty() && source.getFileName() != null) {
        sb.append(" (")
            .append(shortFile(source.getFileName()))
            .append(':')
            .append(source.getLine());
        sb.append(')');
      }
    }
    String hint = hint(message);
    if (hint != null) {
      sb.append("\n  hint: ").append(hint);
    }
    return sb.toString();
  }

  /** All problems, numbered, for an exception message. */
  public static String formatAll(String moduleName, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append("TeaVM could not compile module '")
        .append(moduleName)
        .append("' (")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems")
        .append("):");
    int i = 1;
    for (Problem p : problems) {
      sb.append("\n[").append(i++).append("] ").append(format(p).replace("\n", "\n    "));
    }
    return sb.toString();
  }

  static String hint(String message) {
    Matcher m = MISSING_METHOD.matcher(message);
    if (m.find()) {
      return "the JDK method "
          + m.group(1)
          + " is not available in TeaVM's class library for wasm;"
          + " use another API for this call or add an implementation to samovar-classlib.";
    }
    m = MISSING_CLASS.matcher(message);
    if (m.find()) {
      return "the class "
          + m.group(1)
          + " is not on the class path or not supported by TeaVM's class library;"
          + " add the dependency, or avoid the class in code that reaches wasm.";
    }
    return null;
  }

  private static String javaName(MethodReference method) {
    return method.getClassName() + "." + method.getName();
  }

  private static String shortFile(String fileName) {
    int slash = fileName.lastIndexOf('/');
    return slash >= 0 ? fileName.substring(slash + 1) : fileName;
  }
}
