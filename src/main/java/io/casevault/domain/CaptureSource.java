package io.casevault.domain;

/** Where an evidence item's capture time came from, from most to least trustworthy. */
public enum CaptureSource {
    EXIF, FILENAME, FILE_TIME, IMPORT_TIME
}
