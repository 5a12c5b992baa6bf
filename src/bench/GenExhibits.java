import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** Many small distinct exhibits (3 PNG screenshots : 1 JPEG photo) for the memory benchmark.
 *  usage: java GenExhibits.java OUT_DIR COUNT */
public class GenExhibits {
    public static void main(String[] a) throws Exception {
        File out = new File(a[0]);
        out.mkdirs();
        int n = Integer.parseInt(a[1]);
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            boolean photo = i % 4 == 3;
            BufferedImage img = new BufferedImage(photo ? 1200 : 540, photo ? 900 : 1200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(240, 240, 240));
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            g.fillRect(0, 0, img.getWidth(), 90);
            g.setColor(Color.DARK_GRAY);
            g.drawString("exhibit " + i + " " + r.nextLong(), 30, 60);
            for (int y = 120; y < img.getHeight() - 60; y += 70) {
                g.fillRoundRect(30, y, 200 + r.nextInt(260), 40, 10, 10);
            }
            g.dispose();
            ImageIO.write(img, photo ? "jpg" : "png", new File(out, String.format("x-%04d.%s", i, photo ? "jpg" : "png")));
        }
    }
}
