package io.casevault.ocr;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Payment-app screenshots drawn with Java2D and the bundled Noto Sans SC, in the manner of Alipay, WeChat Pay and
 * PayPal detail pages: a coloured header with white text, a large amount, label/value rows with an order number, a
 * time and a masked phone number. Values come from a seeded generator; the image goes through PNG or JPEG
 * (quality 0.6) and back, as a real screenshot file would.
 */
public final class PaymentScreens {
    public enum Layout { ALIPAY, WECHAT, PAYPAL }

    public enum Theme { LIGHT, DARK }

    public enum Format { PNG, JPEG }

    public enum Kind { AMOUNT, ID, DATE, OTHER }

    public record Spec(Layout layout, Theme theme, Format format, int width, long seed) {
        @Override
        public String toString() {
            return layout + " " + theme + " " + format + " " + width + "px #" + seed;
        }
    }

    /** A line of text drawn on the screen, and what it holds. */
    public record Drawn(String text, Kind kind) {
    }

    public record Screen(Spec spec, BufferedImage image, List<Drawn> lines) {
        public List<Drawn> keyLines() {
            return lines.stream().filter(l -> l.kind() != Kind.OTHER).toList();
        }
    }

    private static final Font REGULAR = font("NotoSansSC-Regular.ttf");
    private static final Font BOLD = font("NotoSansSC-Bold.ttf");

    private PaymentScreens() {
    }

    /** Every combination of layout, theme and format at 540, 720 and 1080 px wide (36 screens). */
    public static List<Spec> all() {
        List<Spec> specs = new ArrayList<>();
        long seed = 1;
        for (Layout layout : Layout.values()) {
            for (Theme theme : Theme.values()) {
                for (Format format : Format.values()) {
                    for (int width : new int[] {540, 720, 1080}) {
                        specs.add(new Spec(layout, theme, format, width, seed++));
                    }
                }
            }
        }
        return specs;
    }

    public static Screen render(Spec spec) {
        Painter p = new Painter(spec);
        Random r = new Random(spec.seed());
        String id = "2026" + String.format(Locale.ROOT, "%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + "22001"
                + String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000));
        String time = String.format(Locale.ROOT, "2026-%02d-%02d %02d:%02d:%02d", 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60));
        String amount = String.format(Locale.ROOT, "%,d.%02d", 1 + r.nextInt(9_999), r.nextInt(100));
        String phone = "1" + (30 + r.nextInt(60)) + "****" + String.format(Locale.ROOT, "%04d", r.nextInt(10_000));
        switch (spec.layout()) {
            case ALIPAY -> {
                p.header("账单详情", new Color(22, 119, 255));
                p.centred("张三", 40, false, Kind.OTHER);
                p.centred("-" + amount, 76, true, Kind.AMOUNT);
                p.centred("交易成功", 34, false, Kind.OTHER);
                p.row("付款方式", "余额宝", Kind.OTHER);
                p.row("收款方", "张三", Kind.OTHER);
                p.row("对方账户", phone, Kind.OTHER);
                p.row("创建时间", time, Kind.DATE);
                p.row("订单号", id, Kind.ID);
            }
            case WECHAT -> {
                p.header("交易详情", new Color(7, 193, 96));
                p.centred("深圳市星辰贸易有限公司", 36, false, Kind.OTHER);
                p.centred("¥" + amount, 76, true, Kind.AMOUNT);
                p.row("当前状态", "支付成功", Kind.OTHER);
                p.row("支付时间", time, Kind.DATE);
                p.row("支付方式", "零钱", Kind.OTHER);
                p.row("收款方备注", phone, Kind.OTHER);
                p.row("商户单号", id, Kind.ID);
            }
            case PAYPAL -> {
                p.header("Activity", new Color(0, 48, 135));
                p.centred("Payment to Star Trading Ltd", 36, false, Kind.OTHER);
                p.centred("-$" + amount + " USD", 64, true, Kind.AMOUNT);
                p.row("Status", "Completed", Kind.OTHER);
                p.row("Date", time, Kind.DATE);
                p.row("Paid with", "Balance", Kind.OTHER);
                p.row("Transaction ID", id, Kind.ID);
            }
        }
        return new Screen(spec, roundTrip(p.finish(), spec.format()), p.drawn);
    }

    /** Draws rows top to bottom; sizes are given for a 1080 px wide screen and scaled to the spec's width. */
    private static final class Painter {
        private final BufferedImage image;
        private final Graphics2D g;
        private final double scale;
        private final boolean dark;
        private final List<Drawn> drawn = new ArrayList<>();
        private int y;

        Painter(Spec spec) {
            int width = spec.width();
            scale = width / 1080.0;
            dark = spec.theme() == Theme.DARK;
            image = new BufferedImage(width, (int) (width * 2.0), BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(dark ? new Color(17, 17, 17) : new Color(245, 245, 245));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }

        private int px(double v) {
            return (int) Math.round(v * scale);
        }

        void header(String title, Color colour) {
            g.setColor(colour);
            g.fillRect(0, 0, image.getWidth(), px(200));
            g.setColor(Color.WHITE);
            g.setFont(BOLD.deriveFont((float) (50 * scale)));
            int w = g.getFontMetrics().stringWidth(title);
            g.drawString(title, (image.getWidth() - w) / 2, px(125));
            drawn.add(new Drawn(title, Kind.OTHER));
            g.setColor(dark ? new Color(30, 30, 30) : Color.WHITE);
            g.fillRoundRect(px(30), px(230), image.getWidth() - px(60), image.getHeight() - px(260), px(30), px(30));
            y = px(250);
        }

        void centred(String text, double size, boolean bold, Kind kind) {
            g.setFont((bold ? BOLD : REGULAR).deriveFont((float) (size * scale)));
            y += px(size * 1.9);
            g.setColor(bold ? primary() : secondary());
            g.drawString(text, (image.getWidth() - g.getFontMetrics().stringWidth(text)) / 2, y);
            drawn.add(new Drawn(text, kind));
        }

        void row(String label, String value, Kind kind) {
            g.setFont(REGULAR.deriveFont((float) (38 * scale)));
            y += px(120);
            g.setColor(secondary());
            g.drawString(label, px(80), y);
            g.setColor(primary());
            g.drawString(value, image.getWidth() - px(80) - g.getFontMetrics().stringWidth(value), y);
            drawn.add(new Drawn(label, Kind.OTHER));
            drawn.add(new Drawn(value, kind));
        }

        private Color primary() {
            return dark ? new Color(230, 230, 230) : new Color(25, 25, 25);
        }

        private Color secondary() {
            return dark ? new Color(150, 150, 150) : new Color(120, 120, 120);
        }

        BufferedImage finish() {
            g.dispose();
            return image;
        }
    }

    private static BufferedImage roundTrip(BufferedImage image, Format format) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (format == Format.PNG) {
                ImageIO.write(image, "png", bytes);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.6f);
                try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                    writer.setOutput(out);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(String file) {
        try (InputStream in = PaymentScreens.class.getResourceAsStream("/io/casevault/fonts/" + file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
