package dev.samovar.size.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Squarified treemap layout (Bruls, Huizing, van Wijk 2000): rows are filled along the shorter side
 * while adding an item does not worsen the row's worst aspect ratio. Computed here rather than in
 * the page so that the layout is testable and the HTML draws without running any script.
 */
public final class Treemap {
  private Treemap() {}

  /** A rectangle. */
  public record Rect(double x, double y, double w, double h) {
    public double area() {
      return w * h;
    }
  }

  /** Lays out {@code values} (sorted largest first, all positive) in {@code bounds}. */
  public static List<Rect> layout(List<Long> values, Rect bounds) {
    List<Rect> out = new ArrayList<>(values.size());
    double total = 0;
    for (long v : values) {
      if (v <= 0) {
        throw new IllegalArgumentException("treemap values must be positive: " + values);
      }
      total += v;
    }
    if (values.isEmpty() || bounds.w() <= 0 || bounds.h() <= 0) {
      return out;
    }
    double scale = bounds.area() / total;
    double[] areas = new double[values.size()];
    for (int i = 0; i < areas.length; i++) {
      areas[i] = values.get(i) * scale;
    }
    Rect free = bounds;
    int start = 0;
    while (start < areas.length) {
      double side = Math.min(free.w(), free.h());
      int end = start + 1;
      double sum = areas[start];
      double worst = worst(areas, start, end, sum, side);
      while (end < areas.length) {
        double next = worst(areas, start, end + 1, sum + areas[end], side);
        if (next > worst) {
          break;
        }
        sum += areas[end];
        worst = next;
        end++;
      }
      free = placeRow(areas, start, end, sum, free, out);
      start = end;
    }
    return out;
  }

  private static double worst(double[] a, int from, int to, double sum, double side) {
    double max = 0;
    double min = Double.MAX_VALUE;
    for (int i = from; i < to; i++) {
      max = Math.max(max, a[i]);
      min = Math.min(min, a[i]);
    }
    double s2 = side * side;
    double sum2 = sum * sum;
    return Math.max(s2 * max / sum2, sum2 / (s2 * min));
  }

  private static Rect placeRow(double[] a, int from, int to, double sum, Rect r, List<Rect> out) {
    if (r.w() >= r.h()) {
      double width = sum / r.h();
      double y = r.y();
      for (int i = from; i < to; i++) {
        double h = a[i] / width;
        out.add(new Rect(r.x(), y, width, h));
        y += h;
      }
      return new Rect(r.x() + width, r.y(), Math.max(0, r.w() - width), r.h());
    }
    double height = sum / r.w();
    double x = r.x();
    for (int i = from; i < to; i++) {
      double w = a[i] / height;
      out.add(new Rect(x, r.y(), w, height));
      x += w;
    }
    return new Rect(r.x(), r.y() + height, r.w(), Math.max(0, r.h() - height));
  }
}
