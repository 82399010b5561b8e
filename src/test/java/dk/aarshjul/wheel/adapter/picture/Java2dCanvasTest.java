package dk.aarshjul.wheel.adapter.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarshjul.wheel.domain.Canvas;
import dk.aarshjul.wheel.domain.WheelDrawing;
import dk.aarshjul.wheel.domain.YearWheel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Java2dCanvasTest {

  static final int CENTRE = 400;
  static final double INNER = 340;
  static final double OUTER = 392;

  /**
   * The picture is written in memory: ImageIO's default cache is a temporary file per image, which a job's
   * shutdown or a missing or full temporary directory would break under a running round.
   */
  @Test
  void thePictureIsAPngWrittenWithoutACacheFile(@TempDir Path temporary) throws IOException {
    boolean usedCache = ImageIO.getUseCache();
    File cacheDirectory = ImageIO.getCacheDirectory();
    Path cache = Files.createDirectory(temporary.resolve("cache"));
    ImageIO.setUseCache(true);
    ImageIO.setCacheDirectory(cache.toFile());
    Files.delete(cache);
    byte[] png;
    try {
      png = Java2dCanvas.png(new YearWheel("taarnby", "Tårnby Kommune", 2026, 2027, LocalDate.of(2026, 3, 1), List.of()), 0.5);
    } finally {
      ImageIO.setUseCache(usedCache);
      ImageIO.setCacheDirectory(cacheDirectory);
    }

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo((int) Math.round(WheelDrawing.WIDTH * 0.5));
    assertThat(read.getHeight()).isEqualTo((int) Math.round(WheelDrawing.HEIGHT * 0.5));
  }

  /**
   * The twelve months' sectors, as the wheel draws them: a sector is its ring's part between two angles and
   * nothing else. Cut out of a pie, each left hairlines along its edges from the centre to its inner ring,
   * which its outline then drew across the middle of the wheel and its text.
   */
  @Test
  void aSectorHasNoLinesInsideItsRing() {
    BufferedImage image = new BufferedImage(2 * CENTRE, 2 * CENTRE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    Java2dCanvas canvas = new Java2dCanvas(g);
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(2016, month, 1);
      double from = angle(first);
      double to = month == Month.DECEMBER ? 360 : angle(first.plusMonths(1));
      canvas.sector(CENTRE, CENTRE, INNER, OUTER, from, to, "#e8edf3", Canvas.Fill.SOLID, "#9ca3af", false);
    }
    g.dispose();

    int marked = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if (Math.hypot(x - CENTRE, y - CENTRE) < INNER - 3 && (image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          marked++;
        }
      }
    }
    assertThat(marked).as("pixels drawn inside the months' ring").isZero();
    double middle = Math.toRadians(angle(LocalDate.of(2016, 2, 15)));
    int x = (int) Math.round(CENTRE + (INNER + OUTER) / 2 * Math.sin(middle));
    int y = (int) Math.round(CENTRE - (INNER + OUTER) / 2 * Math.cos(middle));
    assertThat(image.getRGB(x, y) & 0xffffff).as("February's sector is filled").isEqualTo(0xe8edf3);
  }

  private static double angle(LocalDate day) {
    return 360.0 * (day.getDayOfYear() - 1) / day.lengthOfYear();
  }
}
