package org.teavm.classlib.java.util;

import java.util.Objects;

/**
 * {@code java.util.StringJoiner} for TeaVM (its class library lacks it); same contract and messages
 * as JDK 17's. TeaVM maps {@code org.teavm.classlib.java.util.TStringJoiner} to {@code
 * java.util.StringJoiner} by name.
 */
public final class TStringJoiner {
  private final String prefix;
  private final String delimiter;
  private final String suffix;
  private StringBuilder value;
  private String emptyValue;

  public TStringJoiner(CharSequence delimiter) {
    this(delimiter, "", "");
  }

  public TStringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
    Objects.requireNonNull(prefix, "The prefix must not be null");
    Objects.requireNonNull(delimiter, "The delimiter must not be null");
    Objects.requireNonNull(suffix, "The suffix must not be null");
    this.prefix = prefix.toString();
    this.delimiter = delimiter.toString();
    this.suffix = suffix.toString();
  }

  public TStringJoiner setEmptyValue(CharSequence emptyValue) {
    this.emptyValue =
        Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
    return this;
  }

  @Override
  public String toString() {
    if (value == null) {
      return emptyValue != null ? emptyValue : prefix + suffix;
    }
    return prefix + value + suffix;
  }

  public TStringJoiner add(CharSequence newElement) {
    String element = String.valueOf(newElement);
    if (value == null) {
      value = new StringBuilder(element);
    } else {
      value.append(delimiter).append(element);
    }
    return this;
  }

  public TStringJoiner merge(TStringJoiner other) {
    Objects.requireNonNull(other);
    if (other.value == null) {
      return this;
    }
    // Copy first: other may be this.
    String content = other.value.toString();
    return add(content);
  }

  public int length() {
    if (value == null) {
      return emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length();
    }
    return prefix.length() + value.length() + suffix.length();
  }
}
