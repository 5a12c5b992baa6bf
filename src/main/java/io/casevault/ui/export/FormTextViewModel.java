package io.casevault.ui.export;

import io.casevault.app.ExportOptions.Language;
import io.casevault.app.FormText;
import io.casevault.app.FormTextCutter;
import io.casevault.ui.common.Background;
import io.casevault.ui.common.Tasks;
import io.casevault.ui.common.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form-text dialog without controls: a case's complaint cut into a web form's fields, in a language, with the
 * description cut again whenever the limit changes. The fields may be edited before they are copied; the count of a
 * field is in code points, as forms count.
 */
public final class FormTextViewModel {

    /** Cuts a case's complaint into form fields (the form-text service). */
    @FunctionalInterface
    public interface Source {
        FormText formText(long caseId, Language language, Integer limit);
    }

    /** The fields a user copies into a form. */
    public enum Field { TITLE, DESCRIPTION, DEMANDS, TIME, AMOUNT, ORDER_NUMBER }

    private final Source source;
    private final Texts texts;
    private final Background background;
    private final long caseId;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> limit = new SimpleObjectProperty<>();
    private final Map<Field, StringProperty> fields = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper fullLength = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public FormTextViewModel(Source source, Texts texts, Background background, long caseId) {
        this.source = Objects.requireNonNull(source);
        this.texts = Objects.requireNonNull(texts);
        this.background = Objects.requireNonNull(background);
        this.caseId = caseId;
        for (Field f : Field.values()) {
            fields.put(f, new SimpleStringProperty(""));
        }
        language.set("zh".equals(texts.locale().getLanguage()) ? Language.ZH : Language.EN);
        language.addListener((o, a, b) -> load());
        limit.addListener((o, a, b) -> {
            if (b != null && !b.equals(a)) {
                load();
            }
        });
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /**
     * Makes the fields in the chosen language with the chosen limit; the first time, without a limit, after which
     * the limit starts at the whole description's length (nothing cut) for the user to lower to their form's.
     */
    public void load() {
        Language lang = language.get();
        Integer max = limit.get();
        Tasks.create(() -> source.formText(caseId, lang, max))
                .title(texts.text("formtext.loading"))
                .onSuccess(f -> {
                    if (lang == language.get() && Objects.equals(max, limit.get())) {
                        show(f);
                    }
                })
                .onError(e -> status.set(texts.text("formtext.failed", texts.describe(e))))
                .run(background);
    }

    private void show(FormText f) {
        fields.get(Field.TITLE).set(f.title());
        fields.get(Field.DESCRIPTION).set(f.description());
        fields.get(Field.DEMANDS).set(f.demands());
        FormText.KeyTransaction t = f.transaction();
        fields.get(Field.TIME).set(t == null ? "" : t.time());
        fields.get(Field.AMOUNT).set(t == null ? "" : t.amount());
        fields.get(Field.ORDER_NUMBER).set(t == null || t.orderNumber() == null ? "" : t.orderNumber());
        currency.set(t == null ? "" : t.currency());
        fullLength.set(f.fullLength());
        status.set(f.cut() ? texts.text("formtext.cut", f.fullLength()) : "");
        if (limit.get() == null) {
            limit.set(Math.max(1, f.fullLength()));
        }
    }

    /** The field's text as it is now (perhaps edited); the controller puts it on the clipboard. */
    public String text(Field field) {
        return fields.get(field).get();
    }

    /** The field went to the clipboard. */
    public void copied(Field field) {
        status.set(texts.text("formtext.copied", texts.text("formtext." + field.name()),
                FormTextCutter.length(text(field))));
    }

    public StringProperty field(Field field) {
        return fields.get(field);
    }

    public ObjectProperty<Language> language() {
        return language;
    }

    /** The description's limit in characters; null until the text was first made. */
    public ObjectProperty<Integer> limit() {
        return limit;
    }

    /** The currency of the key transaction's amount. */
    public ReadOnlyStringProperty currency() {
        return currency.getReadOnlyProperty();
    }

    /** The characters of the description before any cut. */
    public ReadOnlyIntegerProperty fullLength() {
        return fullLength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
