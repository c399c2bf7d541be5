package dev.samovar.tests.programs;

/** Binary trees (benchmarks game): allocation-heavy, exercises the GC. */
public final class BinaryTrees {
  private BinaryTrees() {}

  private static final class Node {
    final Node left;
    final Node right;

    Node(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    int check() {
      return 1 + (left == null ? 0 : left.check() + right.check());
    }
  }

  private static Node tree(int depth) {
    return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int maxDepth = Math.max(6, n);
    System.out.println(
        "stretch tree of depth " + (maxDepth + 1) + "\t check: " + tree(maxDepth + 1).check());
    Node longLived = tree(maxDepth);
    for (int d = 4; d <= maxDepth; d += 2) {
      int iterations = 1 << (maxDepth - d + 4);
      int check = 0;
      for (int i = 0; i < iterations; i++) {
        check += tree(d).check();
      }
      System.out.println(iterations + "\t trees of depth " + d + "\t check: " + check);
    }
    System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.check());
  }
}
