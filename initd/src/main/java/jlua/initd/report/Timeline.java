package jlua.initd.report;

import java.util.List;
import jlua.initd.supervise.State;

/**
 * The boot timeline as a standalone SVG chart: one row per service, a bar from its first start to the
 * moment it came up (green) or failed (red), a time axis in seconds. Services that never started get an
 * empty row with their state.
 */
public final class Timeline {
  private Timeline() {}

  /** Times in ms since boot; {@code end} is -1 while the service has not come up or failed yet. */
  public record Bar(String name, long start, long end, boolean up, State state) {}

  private static final int LABEL = 160;
  private static final int CHART = 640;
  private static final int ROW = 22;
  private static final int TOP = 30;

  public static String svg(List<Bar> bars) {
    long span = 1;
    for (Bar b : bars) span = Math.max(span, Math.max(b.start(), b.end()));
    span = niceSpan(span);
    int height = TOP + ROW * bars.size() + 30;
    int width = LABEL + CHART + 40;
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    out.append("  <title>jinit boot timeline</title>\n");
    out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    for (int i = 0; i <= 10; i++) {
      double x = LABEL + CHART * i / 10.0;
      out.append("  <line x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 5).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(height - 25).append("\" stroke=\"#ddd\"/>\n");
      out.append("  <text x=\"").append(fmt(x)).append("\" y=\"").append(height - 10)
          .append("\" text-anchor=\"middle\">").append(seconds(span * i / 10)).append("</text>\n");
    }
    int y = TOP;
    for (Bar b : bars) {
      out.append("  <text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\">").append(escape(b.name())).append("</text>\n");
      if (b.start() >= 0) {
        long end = b.end() >= 0 ? b.end() : b.start();
        double x0 = LABEL + CHART * (double) b.start() / span;
        double w = Math.max(2, CHART * (double) (end - b.start()) / span);
        String fill = b.end() < 0 ? "#f0c040" : b.up() ? "#4caf50" : "#e53935";
        out.append("  <rect x=\"").append(fmt(x0)).append("\" y=\"").append(y + 3).append("\" width=\"")
            .append(fmt(w)).append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(fill).append("\">")
            .append("<title>").append(escape(b.name())).append(": ").append(b.start()).append(" ms to ")
            .append(b.end() >= 0 ? b.end() + " ms" : "…").append(", ").append(b.state()).append("</title></rect>\n");
      } else {
        out.append("  <text x=\"").append(LABEL + 4).append("\" y=\"").append(y + 15)
            .append("\" fill=\"#888\">").append(b.state()).append("</text>\n");
      }
      y += ROW;
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static long niceSpan(long ms) {
    long[] steps = {100, 200, 500, 1000, 2000, 5000, 10000, 20000, 30000, 60000, 120000, 300000, 600000};
    for (long s : steps) {
      if (ms <= s) return s;
    }
    return (ms / 600000 + 1) * 600000;
  }

  private static String seconds(long ms) {
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }

  private static String fmt(double v) {
    return Double.toString(Math.round(v * 10) / 10.0);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
