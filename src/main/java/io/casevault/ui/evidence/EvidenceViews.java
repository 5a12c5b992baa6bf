package io.casevault.ui.evidence;

import io.casevault.app.AddOutcome;
import io.casevault.app.EvidenceService;
import io.casevault.app.FollowUpService;
import io.casevault.app.LookAlikes;
import io.casevault.app.MailImportResult;
import io.casevault.app.MailImportService;
import io.casevault.app.Progress;
import io.casevault.app.RecognitionService;
import io.casevault.app.Suggestion;
import io.casevault.app.SuggestionService;
import io.casevault.app.ThumbnailService;
import io.casevault.app.TransactionService;
import io.casevault.domain.Evidence;
import io.casevault.domain.EvidenceLinks;
import io.casevault.domain.FollowUp;
import io.casevault.domain.Reason;
import io.casevault.domain.RecognisedLine;
import io.casevault.domain.Redaction;
import io.casevault.domain.Transaction;
import io.casevault.domain.understanding.Proposal;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.CaseChanges;
import io.casevault.ui.common.FxmlLoaderFactory;
import io.casevault.ui.common.FxmlView;
import io.casevault.ui.common.Notifier;
import io.casevault.ui.common.Texts;
import io.casevault.ui.suggestions.ServiceSuggestions;
import io.casevault.ui.suggestions.SuggestionList;
import io.casevault.ui.transactions.TransactionDialog;
import io.casevault.vault.VaultLocation;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** Wiring of the evidence tab: the services it uses, handed to its view model, and its controller registered. */
public final class EvidenceViews {
    private final EvidenceService evidence;
    private final MailImportService mail;
    private final TransactionService transactions;
    private final FollowUpService followUps;
    private final ThumbnailService thumbnails;
    private final LookAlikes lookAlikes;
    private final RecognitionService recognition;
    private final Texts texts;
    private final ZoneId zone;
    private final Background background;
    private final Supplier<EvidenceViewModel> viewModels;
    private final AtomicReference<Path> sessionFolder = new AtomicReference<>();
    private Supplier<Optional<Path>> lastFolder = () -> Optional.ofNullable(sessionFolder.get());
    private Consumer<Path> rememberFolder = sessionFolder::set;
    /** Runs after files were added (in the background), so their text is read; nothing by default. */
    private Runnable afterAdding = () -> { };
    /** Runs in the background before e-mail files are imported (the window asks for the user's addresses). */
    private Consumer<List<Path>> beforeMail = files -> { };
    /** Changes each time the text of one more exhibit has been read; never by default. */
    private ObservableValue<?> textRead = new SimpleIntegerProperty();
    /** What the inspector suggests for an exhibit; nothing by default. */
    private SuggestionList.Decisions decisions = ExhibitSuggestions.NO_DECISIONS;
    private LongFunction<List<Suggestion>> ofExhibit = evidenceId -> List.of();
    /** Told when accepting a suggestion changed a case; nobody by default. */
    private LongConsumer caseChanged = caseId -> { };
    private final Clock clock;

    /** @param clock the clock in the user's time zone */
    public EvidenceViews(EvidenceService evidence, MailImportService mail, TransactionService transactions,
                         FollowUpService followUps, ThumbnailService thumbnails, LookAlikes lookAlikes,
                         RecognitionService recognition, Texts texts, Background background, Clock clock,
                         Notifier notifier) {
        this.evidence = Objects.requireNonNull(evidence);
        this.mail = Objects.requireNonNull(mail);
        this.transactions = Objects.requireNonNull(transactions);
        this.followUps = Objects.requireNonNull(followUps);
        this.thumbnails = Objects.requireNonNull(thumbnails);
        this.lookAlikes = Objects.requireNonNull(lookAlikes);
        this.recognition = Objects.requireNonNull(recognition);
        this.texts = Objects.requireNonNull(texts);
        this.zone = clock.getZone();
        this.background = Objects.requireNonNull(background);
        this.clock = clock;
        this.viewModels = () -> new EvidenceViewModel(exhibits(), annotations(), linkable(), recognised(), texts,
                background, clock, notifier);
    }

    /**
     * Keeps the folder the file choosers last used there (the preferences, in the application) instead of for this
     * window only.
     */
    public EvidenceViews rememberingFolders(Supplier<Optional<Path>> last, Consumer<Path> remember) {
        this.lastFolder = Objects.requireNonNull(last);
        this.rememberFolder = Objects.requireNonNull(remember);
        return this;
    }

    /**
     * Shows the selected exhibit's suggestions in the inspector, to accept, dismiss or undo there; {@code changes} is
     * told when a decision changed the case, so its header counts refresh.
     */
    public EvidenceViews withSuggestions(SuggestionService service, CaseChanges changes) {
        Objects.requireNonNull(service);
        this.caseChanged = Objects.requireNonNull(changes)::recordsChanged;
        ServiceSuggestions suggestions = new ServiceSuggestions(service);
        this.decisions = suggestions;
        this.ofExhibit = suggestions::ofExhibit;
        return this;
    }

    public FxmlLoaderFactory register(FxmlLoaderFactory factory) {
        return factory.register(EvidenceController.class, () -> {
                    EvidenceViewModel vm = viewModels.get();
                    return new EvidenceController(vm, texts, thumbnails::thumbnail, Clipboard::getSystemClipboard,
                            background.cpu(), new ChooserFolder(lastFolder, rememberFolder,
                            Path.of(VaultLocation.userHome())), textRead, new ExhibitSuggestions(decisions,
                            ofExhibit, annotations(), texts, background, changed -> {
                                vm.reloadSelected();
                                caseChanged.accept(changed.caseId());
                            }), this::record);
                })
                .register(EvidenceDetailsController.class, () -> new EvidenceDetailsController(texts, zone));
    }

    /** Registers the controller and loads the tab. */
    public EvidenceController load(FxmlLoaderFactory factory) {
        return register(factory).load(FxmlView.EVIDENCE).getController();
    }

    /** Runs {@code then} in the background after each addition (the window starts reading the new screenshots). */
    public EvidenceViews afterAdding(Runnable then) {
        this.afterAdding = Objects.requireNonNull(then);
        return this;
    }

    /** Runs {@code ask} in the background before e-mail files are imported, with the files. */
    public EvidenceViews beforeImportingMail(Consumer<List<Path>> ask) {
        this.beforeMail = Objects.requireNonNull(ask);
        return this;
    }

    /**
     * Refreshes the viewer's text panel when {@code read} changes (on the FX thread): each time one more exhibit's text
     * has been read in the background.
     */
    public EvidenceViews refreshingTextWhen(ObservableValue<?> read) {
        this.textRead = Objects.requireNonNull(read);
        return this;
    }

    /** "Record this transaction": the transaction form filled from the screenshot, over the exhibit's window. */
    private void record(Window owner, Evidence shownOn, Proposal.Record payment, LongConsumer saved) {
        new TransactionDialog(transactions, texts, background, clock).showFilled(owner, shownOn.caseId(),
                form -> ScreenshotPayment.fill(form, payment, texts, shownOn.exhibit()),
                t -> saved.accept(t.id()));
    }

    private ExhibitTextViewModel.Source recognised() {
        return new ExhibitTextViewModel.Source() {
            @Override
            public Optional<List<RecognisedLine>> text(long evidenceId) {
                // read before the lines: an exhibit read in between shows as read with its lines, never as empty
                boolean read = recognition.isRead(evidenceId);
                return read ? Optional.of(recognition.textOf(evidenceId)) : Optional.empty();
            }

            @Override
            public int waiting() {
                return recognition.pending();
            }

            @Override
            public Optional<Reason> unavailable() {
                return recognition.unavailable();
            }
        };
    }

    private EvidenceViewModel.Exhibits exhibits() {
        return new EvidenceViewModel.Exhibits() {
            @Override
            public List<Evidence> list(long caseId) {
                return evidence.list(caseId);
            }

            @Override
            public List<AddOutcome> add(long caseId, List<Path> files, Progress progress) {
                List<AddOutcome> outcomes = evidence.add(caseId, files, null, progress);
                afterAdding.run();
                return outcomes;
            }

            @Override
            public AddOutcome addBytes(long caseId, byte[] bytes, String name) {
                AddOutcome outcome = evidence.addBytes(caseId, bytes, name, null);
                afterAdding.run();
                return outcome;
            }

            @Override
            public MailImportResult importMail(long caseId, List<Path> files, Progress progress) {
                beforeMail.accept(files);
                return mail.importFiles(caseId, files, progress);
            }

            @Override
            public void trash(long evidenceId) {
                evidence.trash(evidenceId);
            }

            @Override
            public void restore(long evidenceId) {
                evidence.restore(evidenceId);
            }

            @Override
            public Optional<Evidence> sameLookAs(Evidence added, List<Evidence> others) {
                return lookAlikes.sameLookAs(added, others);
            }
        };
    }

    private ExhibitEdits.Annotations annotations() {
        return new ExhibitEdits.Annotations() {
            @Override
            public Evidence updateCaption(long evidenceId, String caption) {
                return evidence.updateCaption(evidenceId, caption);
            }

            @Override
            public Evidence setTags(long evidenceId, List<String> tags) {
                return evidence.setTags(evidenceId, tags);
            }

            @Override
            public EvidenceLinks links(long evidenceId) {
                return evidence.links(evidenceId);
            }

            @Override
            public void setLinks(long evidenceId, EvidenceLinks links) {
                evidence.setLinks(evidenceId, links);
            }

            @Override
            public List<Redaction> redactions(long evidenceId) {
                return evidence.redactions(evidenceId);
            }

            @Override
            public Map<Long, List<Redaction>> redactions(Collection<Long> evidenceIds) {
                return evidence.redactions(evidenceIds);
            }

            @Override
            public void setRedactions(long evidenceId, List<Redaction> boxes) {
                evidence.setRedactions(evidenceId, boxes);
            }
        };
    }

    private EvidenceViewModel.Linkable linkable() {
        return new EvidenceViewModel.Linkable() {
            @Override
            public List<Transaction> transactions(long caseId) {
                return transactions.list(caseId);
            }

            @Override
            public List<FollowUp> followUps(long caseId) {
                return followUps.list(caseId);
            }
        };
    }
}
