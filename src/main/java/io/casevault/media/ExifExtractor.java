package io.casevault.media;

import com.drew.imaging.FileType;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads orientation and capture date with metadata-extractor. Metadata is a nice-to-have: any failure,
 * including runtime exceptions on hostile input, yields {@link ExifInfo#NONE} instead of rejecting the image.
 */
final class ExifExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ExifExtractor.class);

    /** EXIF's "yyyy:MM:dd HH:mm:ss"; some writers use dashes or omit seconds, so accept those too. */
    private static final DateTimeFormatter EXIF_DATE = new DateTimeFormatterBuilder()
            .appendPattern("yyyy[:][-]MM[:][-]dd[ ]['T']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private ExifExtractor() {
    }

    static ExifInfo read(Path file, String mediaType) {
        FileType type = switch (mediaType) {
            case MediaSniffer.JPEG -> FileType.Jpeg;
            case MediaSniffer.PNG -> FileType.Png;
            case MediaSniffer.WEBP -> FileType.WebP;
            case MediaSniffer.HEIC, MediaSniffer.AVIF -> FileType.Heif;
            default -> null;
        };
        if (type == null) {
            return ExifInfo.NONE;
        }
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
            Metadata metadata = ImageMetadataReader.readMetadata(stream, Files.size(file), type);
            if (type == FileType.Png && !metadata.containsDirectoryOfType(ExifIFD0Directory.class)) {
                RawProfileExif.addTo(metadata);
            }
            return extract(metadata);
        } catch (ImageProcessingException | IOException | RuntimeException | StackOverflowError e) {
            LOG.debug("ignoring unreadable metadata in {}", file, e);
            return ExifInfo.NONE;
        }
    }

    static ExifInfo extract(Metadata metadata) {
        int orientation = 1;
        for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer value = dir.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            if (value != null) {
                orientation = value >= 1 && value <= 8 ? value : 1;
                break;
            }
        }
        Optional<LocalDateTime> date = Optional.empty();
        Optional<ZoneOffset> offset = Optional.empty();
        int[][] candidates = {
            {ExifDirectoryBase.TAG_DATETIME_ORIGINAL, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL},
            {ExifDirectoryBase.TAG_DATETIME_DIGITIZED, ExifDirectoryBase.TAG_TIME_ZONE_DIGITIZED},
        };
        for (int[] tags : candidates) {
            for (ExifSubIFDDirectory dir : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
                date = parseDate(dir.getString(tags[0]));
                if (date.isPresent()) {
                    return new ExifInfo(orientation, date, parseOffset(dir.getString(tags[1])));
                }
            }
        }
        for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            date = parseDate(dir.getString(ExifDirectoryBase.TAG_DATETIME));
            if (date.isPresent()) {
                // OffsetTime belongs to DateTime but lives in the Exif sub-IFD
                offset = parseOffset(firstString(metadata, ExifSubIFDDirectory.class, ExifDirectoryBase.TAG_TIME_ZONE));
                break;
            }
        }
        return new ExifInfo(orientation, date, offset);
    }

    static Optional<LocalDateTime> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim().replace('\0', ' ').trim();
        if (trimmed.isEmpty() || trimmed.startsWith("0000")) {
            return Optional.empty(); // cameras write all zeros or blanks when the clock was never set
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed, EXIF_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<ZoneOffset> parseOffset(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.of(text.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String firstString(Metadata metadata, Class<? extends Directory> type, int tag) {
        for (Directory dir : metadata.getDirectoriesOfType(type)) {
            String value = dir.getString(tag);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
