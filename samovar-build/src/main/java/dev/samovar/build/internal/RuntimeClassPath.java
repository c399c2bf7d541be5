package dev.samovar.build.internal;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the jars TeaVM compiles against (its class library and ours) on this library's own class
 * path, so that a caller outside Maven does not have to list them.
 */
public final class RuntimeClassPath {
  private static final Pattern RUNTIME_JAR =
      Pattern.compile(
          "(org[/\\\\]teavm[/\\\\]|teavm-|samovar-classlib|samovar-api|jzlib|joda-time|hppc"
              + "|commons-io|rhino)");

  private RuntimeClassPath() {}

  /** The TeaVM runtime entries, our class library first so that its classes win. */
  public static List<Path> discover() {
    Set<Path> found = new LinkedHashSet<>();
    for (ClassLoader cl = RuntimeClassPath.class.getClassLoader();
        cl != null;
        cl = cl.getParent()) {
      if (cl instanceof URLClassLoader) {
        for (URL url : ((URLClassLoader) cl).getURLs()) {
          toPath(url, found);
        }
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        found.add(Path.of(entry).toAbsolutePath());
      }
    }
    List<Path> ours = new ArrayList<>();
    List<Path> theirs = new ArrayList<>();
    for (Path p : found) {
      String s = p.toString();
      if (s.contains("samovar-classlib") || s.contains("samovar-api")) {
        ours.add(p);
      } else if (RUNTIME_JAR.matcher(s).find()) {
        theirs.add(p);
      }
    }
    ours.addAll(theirs);
    return ours;
  }

  private static void toPath(URL url, Set<Path> out) {
    if ("file".equals(url.getProtocol())) {
      try {
        out.add(Path.of(url.toURI()).toAbsolutePath());
      } catch (URISyntaxException e) {
        // Not a local file: TeaVM could not read it either.
      }
    }
  }
}
