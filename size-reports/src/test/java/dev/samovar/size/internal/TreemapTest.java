package dev.samovar.size.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.size.internal.Treemap.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreemapTest {
  private static final double EPS = 1e-6;

  @Test
  void areasAreProportionalDisjointAndInside() {
    Random random = new Random(42);
    for (int round = 0; round < 50; round++) {
      List<Long> values = new ArrayList<>();
      int n = 1 + random.nextInt(60);
      for (int i = 0; i < n; i++) {
        values.add(1L + random.nextInt(100_000));
      }
      values.sort((a, b) -> Long.compare(b, a));
      Rect box = new Rect(10, 20, 300 + random.nextInt(900), 100 + random.nextInt(600));
      List<Rect> rects = Treemap.layout(values, box);
      assertEquals(values.size(), rects.size());
      double total = values.stream().mapToLong(Long::longValue).sum();
      for (int i = 0; i < rects.size(); i++) {
        Rect r = rects.get(i);
        assertEquals(values.get(i) / total * box.area(), r.area(), box.area() * 1e-9);
        assertTrue(r.x() >= box.x() - EPS && r.y() >= box.y() - EPS);
        assertTrue(r.x() + r.w() <= box.x() + box.w() + EPS, r + " in " + box);
        assertTrue(r.y() + r.h() <= box.y() + box.h() + EPS, r + " in " + box);
        for (int k = 0; k < i; k++) {
          Rect o = rects.get(k);
          double ox = Math.min(r.x() + r.w(), o.x() + o.w()) - Math.max(r.x(), o.x());
          double oy = Math.min(r.y() + r.h(), o.y() + o.h()) - Math.max(r.y(), o.y());
          assertTrue(ox <= EPS || oy <= EPS, "overlap " + r + " " + o);
        }
      }
    }
  }

  @Test
  void equalValuesInASquareBecomeSquares() {
    List<Rect> rects = Treemap.layout(List.of(1L, 1L, 1L, 1L), new Rect(0, 0, 100, 100));
    for (Rect r : rects) {
      assertEquals(50, r.w(), 1e-9);
      assertEquals(50, r.h(), 1e-9);
    }
  }

  @Test
  void squarifiedBeatsSlicing() {
    List<Long> values = List.of(6L, 6L, 4L, 3L, 2L, 2L, 1L);
    List<Rect> rects = Treemap.layout(values, new Rect(0, 0, 600, 400));
    double worst = 0;
    for (Rect r : rects) {
      worst = Math.max(worst, Math.max(r.w() / r.h(), r.h() / r.w()));
    }
    // Slicing 600 wide into 7 strips gives a worst aspect ratio of 400 / (600 / 24) = 16.
    assertTrue(worst < 3, "worst aspect ratio " + worst);
  }
}
