package io.casevault.dossier;

import io.casevault.domain.Case;
import io.casevault.domain.Evidence;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Writes the evidence dossier of one case as a PDF/A-3b file: cover, contents, facts and demands, chronology,
 * transactions, exhibits, appendix. Streams are cached in a temporary file and exhibits are added one at a time, so
 * the heap stays flat whatever the number of exhibits.
 */
public final class DossierWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DossierWriter.class);

    static {
        // ImageIO's default disk cache only slows decoding down: every image here is already in memory
        ImageIO.setUseCache(false);
    }

    private final Executor executor;
    private final int workers;

    /**
     * @param executor where exhibits are prepared ahead of the page writer (the application's CPU executor)
     * @param workers  how many exhibits are prepared at once
     */
    public DossierWriter(Executor executor, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers " + workers);
        }
        this.executor = Objects.requireNonNull(executor, "executor");
        this.workers = workers;
    }

    /**
     * Has the bundled fonts read from the files {@code asFile} gives for their resources (the application's kept
     * copies, mapped instead of inflated out of the jar on every export); a resource it has none for, or a file that
     * cannot be read, is read from the jar as before.
     */
    public static void fontFiles(Function<URL, Optional<Path>> asFile) {
        FontSet.fontFiles(asFile);
    }

    /** Writes the dossier to {@code target}, which the caller moves into place once this returns. */
    public DossierResult write(DossierInput in, DossierOptions options, Path target, DossierProgress progress)
            throws IOException {
        return write(in, options, Volume.WHOLE, target, progress);
    }

    /** Writes one volume of a dossier: the whole archival one, or one file of a submission copy. */
    DossierResult write(DossierInput in, DossierOptions options, Volume volume, Path target,
                        DossierProgress progress) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        long started = System.nanoTime();
        Case c = in.caseInfo();
        Texts texts = new Texts(options.lang(), options.zone());
        List<ExhibitInput> here = volume.exhibits(in);
        int total = here.size() + 1;
        // the workers start on the exhibits at once, while this thread loads the fonts and writes the front matter;
        // they also read each screenshot's text for its page, so this thread only writes what they found
        ExhibitFacts facts = new ExhibitFacts(texts, in);
        ExhibitPipeline.Preparer preparer = volume.preparer(in.blobs(), options.attachOriginals());
        try (ExhibitPipeline prepared = new ExhibitPipeline(here, x -> {
                    facts.readAhead(x);
                    return preparer.prepare(x);
                }, executor, workers);
             PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            // the metadata is made on a worker meanwhile, and written last
            FutureTask<Archival.Description> description = describe(c, texts, options);
            // made once the workers have started on the exhibits, like the fonts below
            Manifest manifest = Manifest.of(c, in.exhibits(), options.generatedAt(), options.attachOriginals());
            PageFlow flow = new PageFlow(doc, FontSet.load(doc));
            Archival archival = new Archival(doc);
            List<TocEntry> toc = new ArrayList<>();
            List<PageLabel> labels = new ArrayList<>();

            FrontMatter front = new FrontMatter(flow, texts);
            front.cover(in, options, manifest.sha256());
            if (volume.isSubmission()) {
                front.submissionNote(texts.get("cover.volume", volume.number(), volume.count()), volume.note());
            }
            List<PDPage> contents = front.reserveContents(contentsEntries(in, options, volume));

            if (volume.holdsCaseSections()) {
                CaseSections sections = new CaseSections(flow, texts, in);
                sections.facts(toc);
                sections.chronology(toc);
                sections.transactions(toc);
                new MailPages(flow, texts).correspondence(in.mail().conversations(), in, toc);
                flow.closePage();
            }

            ExhibitPages exhibits = new ExhibitPages(flow, texts, in, options, archival, labels, facts,
                    volume.isSubmission());
            if (in.exhibits().isEmpty()) {
                flow.sectionTitle(texts.get("section.exhibits"));
                toc.add(new TocEntry(texts.get("section.exhibits"), 0, flow.page()));
                flow.paragraph(texts.get("exhibit.none"), Style.BODY);
                flow.closePage();
            }
            int done = 0;
            Map<Long, TocEntry> exhibitEntries = new HashMap<>();
            for (ExhibitInput x : here) {
                if (progress.isCancelled()) {
                    throw new DossierCancelledException();
                }
                PDPage first = exhibits.write(prepared.next());
                if (done == 0) {
                    toc.add(new TocEntry(texts.get("section.exhibits"), 0, first));
                }
                String caption = x.evidence().caption().isBlank() ? x.evidence().originalName()
                        : x.evidence().caption();
                exhibitEntries.put(x.evidence().id(), new TocEntry(x.evidence().exhibit() + "  " + caption, 1,
                        first));
                progress.update(++done, total, x.evidence().exhibit());
            }
            contentsOfExhibits(in, volume, exhibitEntries, toc);
            int exhibitsEnd = doc.getNumberOfPages();

            Appendix appendix = new Appendix(flow, texts);
            appendix.manifest(in.exhibits(), toc, volume.isSubmission());
            if (options.includeAuditLog()) {
                appendix.auditLog(in.auditLog(), toc);
            }
            flow.closePage();

            List<PDPage> all = new ArrayList<>();
            doc.getPages().forEach(all::add);
            front.fillContents(contents, toc, all);
            Furniture furniture = new Furniture(flow, texts);
            furniture.footers(c.title());
            furniture.pageLabels(labels, exhibitsEnd);
            furniture.outline(toc);

            archival.attach(Manifest.FILE_NAME, texts.get("section.manifest"), "application/json",
                    options.generatedAt(), manifest.size(), new ByteArrayInputStream(manifest.json()), "Data");
            archival.finishAttachments();
            archival.describe(ExhibitPipeline.result(description));
            if (progress.isCancelled()) {
                throw new DossierCancelledException();
            }
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(openEmptied(target)), 1 << 16)) {
                doc.save(out);
            }
            int pages = doc.getNumberOfPages();
            progress.update(total, total, "");
            LOG.info("Dossier of case {} written: {} pages, {} exhibits, {} text lines, {} ms", c.id(), pages,
                    in.exhibits().size(), exhibits.textLines(), (System.nanoTime() - started) / 1_000_000);
            return new DossierResult(pages, manifest.sha256(), exhibits.textLines());
        }
    }

    /**
     * The dossier's metadata ({@link Archival#description}), handed to a worker; {@link ExhibitPipeline#result} makes
     * it on the caller's thread instead if no worker has started it by then.
     */
    private FutureTask<Archival.Description> describe(Case c, Texts texts, DossierOptions options) {
        String title = c.title() + " · " + texts.get("dossier.title");
        String subject = texts.get("dossier.subject", c.provider());
        String language = options.lang() == Lang.ZH ? "zh-CN" : "en";
        FutureTask<Archival.Description> task = new FutureTask<>(() -> Archival.description(title, subject,
                options.generatedAt(), options.zone(), language));
        executor.execute(task::run); // not the task itself: its failure is reported once, by result()
        return task;
    }

    /**
     * {@code target} opened for writing from its start with nothing in it. The empty file the export made beside the
     * output (or a new one) is not truncated: on ext4 a file truncated to nothing is flushed to disk as it is closed,
     * which took 0.1 to 0.2 s of a 400 MB dossier's export on a quiet disk, and more on a busy one; only a file with
     * something in it already is.
     */
    static FileChannel openEmptied(Path target) throws IOException {
        FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.size() > 0) {
                channel.truncate(0);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** How many lines the contents will have: the sections plus one per exhibit. */
    private static int contentsEntries(DossierInput in, DossierOptions options, Volume volume) {
        int caseSections = volume.holdsCaseSections() ? 3 + (in.mail().conversations().isEmpty() ? 0 : 1) : 0;
        return 2 + caseSections + (options.includeAuditLog() ? 1 : 0) + in.exhibits().size();
    }

    /**
     * The contents' exhibit lines in exhibit order: those written here with their page, those held by other volumes
     * with their volume, so every volume's contents names them all.
     */
    private static void contentsOfExhibits(DossierInput in, Volume volume, Map<Long, TocEntry> written,
                                           List<TocEntry> toc) {
        for (int i = 0; i < in.exhibits().size(); i++) {
            Evidence e = in.exhibits().get(i).evidence();
            int other = volume.elsewhere(i);
            if (other > 0) {
                String caption = e.caption().isBlank() ? e.originalName() : e.caption();
                toc.add(new TocEntry(e.exhibit() + "  " + caption, 1, null, other));
            } else if (written.containsKey(e.id())) {
                toc.add(written.get(e.id()));
            }
        }
    }
}
