package io.casevault.ui.evidence;

import io.casevault.domain.Evidence;
import io.casevault.domain.Redaction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The redaction boxes of a case's pictures that have any, by exhibit id: what the grid burns into thumbnails. */
final class GridRedactions {
    private final ExhibitEdits.Annotations annotations;
    private final ObservableMap<Long, List<Redaction>> boxes = FXCollections.observableHashMap();

    GridRedactions(ExhibitEdits.Annotations annotations) {
        this.annotations = Objects.requireNonNull(annotations);
    }

    /** Exhibit id → boxes; absent when the exhibit has none. On the FX thread. */
    ObservableMap<Long, List<Redaction>> boxes() {
        return boxes;
    }

    /** Reads the boxes of the pictures in {@code list} that have any. Reads the vault: not on the FX thread. */
    Map<Long, List<Redaction>> read(List<Evidence> list) {
        Map<Long, List<Redaction>> read = new HashMap<>();
        annotations.redactions(list.stream().filter(e -> e.isImage() && e.width() != null).map(Evidence::id).toList())
                .forEach((id, r) -> read.put(id, List.copyOf(r)));
        return read;
    }

    /** Shows what {@link #read} found for a whole case. */
    void show(Map<Long, List<Redaction>> read) {
        boxes.keySet().retainAll(read.keySet());
        boxes.putAll(read);
    }

    /** An exhibit's boxes were saved: its thumbnail and badge follow. */
    void saved(Evidence e, List<Redaction> saved) {
        if (saved.isEmpty()) {
            boxes.remove(e.id());
        } else {
            boxes.put(e.id(), List.copyOf(saved));
        }
    }
}
