package dev.samovar.runner.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * One export as the {@code samovar.abi} section lists it, e.g. {@code stats(double[] xs) ->
 * double[]} or {@code Counter_add(Counter this, long amount) -> long}: enough to call it with
 * values typed at run time ({@code samovar run --invoke}, {@link AbiInstance#invoke}).
 *
 * @param export the shim's export name
 * @param receiver for handle methods and close: the handle class; null otherwise
 * @param params the parameters, in order, without the receiver
 * @param result the result type
 * @param resultHandle for a handle result: the handle class; null otherwise
 * @param resultNullable whether the result may be null
 */
public record AbiSignature(
    String export,
    String receiver,
    List<Param> params,
    AbiType result,
    String resultHandle,
    boolean resultNullable) {

  /**
   * A parameter.
   *
   * @param name its Java name
   * @param type its type
   * @param handle for a handle parameter: the handle class; null otherwise
   * @param nullable whether null may be passed (boxed, or {@code @Nullable})
   */
  public record Param(String name, AbiType type, String handle, boolean nullable) {
    /** The type as Java spells it, with the handle's name for handles. */
    public String spelling() {
      return type == AbiType.HANDLE ? handle : type.spelling();
    }
  }

  /** Parses one line of the section's {@code exports} list. */
  public static AbiSignature parse(String line) {
    int open = line.indexOf('(');
    int close = line.lastIndexOf(')');
    int arrow = line.indexOf("->", close);
    if (open <= 0 || close < open || arrow < 0) {
      throw new IllegalArgumentException("malformed export signature '" + line + "'");
    }
    String export = line.substring(0, open).strip();
    String receiver = null;
    List<Param> params = new ArrayList<>();
    String inside = line.substring(open + 1, close).strip();
    if (!inside.isEmpty()) {
      for (String part : inside.split(",")) {
        String p = part.strip();
        int space = p.lastIndexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException("malformed parameter '" + p + "' in '" + line + "'");
        }
        String typeText = p.substring(0, space).strip();
        String name = p.substring(space + 1);
        if (name.equals("this") && params.isEmpty() && receiver == null) {
          receiver = typeText;
          continue;
        }
        boolean nullable = typeText.endsWith("?");
        String bare = nullable ? typeText.substring(0, typeText.length() - 1) : typeText;
        AbiType type = AbiType.of(bare);
        params.add(
            new Param(
                name, type, type == AbiType.HANDLE ? bare : null, nullable || type.isBoxed()));
      }
    }
    String resultText = line.substring(arrow + 2).strip();
    boolean resultNullable = resultText.endsWith("?");
    String bare = resultNullable ? resultText.substring(0, resultText.length() - 1) : resultText;
    AbiType result = AbiType.of(bare);
    return new AbiSignature(
        export,
        receiver,
        List.copyOf(params),
        result,
        result == AbiType.HANDLE ? bare : null,
        resultNullable || result.isBoxed());
  }

  /** The Java-like spelling, e.g. {@code stats(double[] xs) -> double[]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(export).append('(');
    if (receiver != null) {
      sb.append(receiver).append(" this").append(params.isEmpty() ? "" : ", ");
    }
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      sb.append(i > 0 ? ", " : "").append(p.spelling());
      if (p.nullable() && !p.type().isBoxed()) {
        sb.append('?');
      }
      sb.append(' ').append(p.name());
    }
    sb.append(") -> ").append(result == AbiType.HANDLE ? resultHandle : result.spelling());
    if (resultNullable && !result.isBoxed()) {
      sb.append('?');
    }
    return sb.toString();
  }
}
