package io.casevault.dossier;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * What makes the dossier PDF/A-3b: XMP metadata that matches the document information, an sRGB output intent, and
 * files embedded as associated files (/AF) with their MIME type, size, dates and checksum.
 */
final class Archival {
    static final String CREATOR = "CaseVault";
    private static final String PRODUCER = CREATOR + " (Apache PDFBox)";
    private static final DateTimeFormatter PDF_DATE_UTC = DateTimeFormatter.ofPattern("'D:'uuuuMMddHHmmss'+00''00'''",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final PDDocument doc;
    private final COSArray associated = new COSArray();
    private final Map<String, PDComplexFileSpecification> embedded = new TreeMap<>();

    Archival(PDDocument doc) {
        this.doc = doc;
    }

    /**
     * The document's metadata, made without the document: the XMP packet (which matches the document information
     * {@link #describe} writes) and the sRGB profile of the output intent. Serialising XMP loads an XML transformer
     * and every charset the JDK has, and reading the profile the colour-management library: the dossier makes this on
     * a worker while its pages are written, rather than last, on the page writer's thread.
     */
    record Description(String title, String subject, Instant generatedAt, ZoneId zone, String language, byte[] xmp,
                       byte[] icc) {
    }

    static Description description(String title, String subject, Instant generatedAt, ZoneId zone, String language)
            throws IOException {
        Calendar when = calendar(generatedAt, zone);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A-3b is a valid identification", e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addDescription(null, subject);
        dc.addCreator(CREATOR);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("Writing the XMP metadata failed", e);
        }
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return new Description(title, subject, generatedAt, zone, language, xml.toByteArray(), icc);
    }

    /** Metadata and output intent; call once, before saving. */
    void describe(Description d) throws IOException {
        Calendar when = calendar(d.generatedAt(), d.zone());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(d.title());
        info.setSubject(d.subject());
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(d.xmp());
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setMetadata(metadata);
        catalog.setLanguage(d.language());

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(d.icc()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static Calendar calendar(Instant at, ZoneId zone) {
        Calendar when = GregorianCalendar.from(at.atZone(zone).withNano(0));
        when.setTimeZone(TimeZone.getTimeZone(zone));
        return when;
    }

    /**
     * Embeds a file as an associated file of the document. Returns the file's SHA-256 as read while embedding.
     *
     * @param relationship "Source" for originals, "Data" for the manifest
     */
    String attach(String name, String description, String mediaType, Instant modified, long size, InputStream in,
                  String relationship) throws IOException {
        MessageDigest sha = digest("SHA-256");
        MessageDigest md5 = digest("MD5");
        PDEmbeddedFile file;
        try (InputStream counted = new DigestInputStream(new DigestInputStream(in, sha), md5)) {
            file = new PDEmbeddedFile(doc, counted);
        }
        register(file, name, description, mediaType, modified, size, md5.digest(), relationship);
        return io.casevault.domain.Hashes.hex(sha.digest());
    }

    /**
     * Embeds an original whose checksums are already known. Its bytes stay in the vault file until the dossier is
     * saved, and are stored as they are: originals are compressed formats already, and PDF/A-3 allows an embedded
     * file stream without a filter. The save fails if the file no longer has this SHA-256.
     */
    void attachOriginal(PreparedExhibit.Attachment a, String description, String mediaType, Instant modified)
            throws IOException {
        COSStream stream = FileSlices.whole(a.file(), a.size(), a.sha256()).stream();
        stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        register(new PDEmbeddedFile(stream), a.name(), description, mediaType, modified, a.size(), a.md5(),
                "Source");
    }

    private void register(PDEmbeddedFile file, String name, String description, String mediaType, Instant modified,
                          long size, byte[] md5, String relationship) {
        file.setSubtype(mediaType);
        file.setSize((int) Math.min(size, Integer.MAX_VALUE));
        COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
        if (params == null) {
            params = new COSDictionary();
            file.getCOSObject().setItem(COSName.PARAMS, params);
        }
        String date = pdfDate(modified);
        params.setString(COSName.MOD_DATE, date);
        params.setString(COSName.CREATION_DATE, date);
        params.setItem(COSName.getPDFName("CheckSum"), new org.apache.pdfbox.cos.COSString(md5));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), relationship);
        associated.add(spec);
        embedded.put(name, spec);
    }

    /**
     * {@code at} as a PDF date in UTC, to the second, as PDFBox writes a calendar's ({@code D:20261107120000+00'00'}):
     * made with one formatter rather than a calendar and {@code String.format} for each of an exhibit's two dates,
     * which took a sixth of the page writer's time on the dossier's pictures.
     */
    static String pdfDate(Instant at) {
        return PDF_DATE_UTC.format(at);
    }

    /** Writes the /AF array and the embedded files name tree; call once, after the last attachment. */
    void finishAttachments() {
        if (embedded.isEmpty()) {
            return;
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(embedded);
        PDDocumentNameDictionary names = catalog.getNames() == null ? new PDDocumentNameDictionary(catalog)
                : catalog.getNames();
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
    }
}
