package io.casevault.dossier;

import io.casevault.domain.BlobSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one file of a dossier holds. The archival dossier is one file with everything ({@link #WHOLE}); a submission
 * copy is one or more volumes, each with the cover, the contents (naming the volume of every exhibit) and the full
 * hash manifest, the first also the case's own sections, and its images re-encoded where {@code images} says so.
 *
 * @param number  the volume, from 1
 * @param plan    which exhibits each volume holds; null for the archival dossier
 * @param pictures the re-encoded image that replaces an exhibit's original on its page, if any
 * @param note     the submission copy's sentence for the cover (how images were reduced); null for the archival one
 */
record Volume(int number, VolumePlan plan, Pictures pictures, String note) {
    static final Volume WHOLE = new Volume(1, null, Map.of(), null);

    /** Where an exhibit's re-encoded image comes from; asked on a worker thread, once per exhibit and volume. */
    @FunctionalInterface
    interface Pictures {
        /** The image that replaces the original's, or null for the original as it is. */
        PreparedExhibit.Image of(ExhibitInput x) throws IOException;
    }

    Volume {
        Objects.requireNonNull(pictures, "pictures");
        if (number < 1 || plan != null && number > plan.count()) {
            throw new IllegalArgumentException("No volume " + number);
        }
    }

    /** @param images evidence id → the re-encoded image that replaces the original's on its page */
    Volume(int number, VolumePlan plan, Map<Long, PreparedExhibit.Image> images, String note) {
        this(number, plan, byId(images), note);
    }

    private static Pictures byId(Map<Long, PreparedExhibit.Image> images) {
        Map<Long, PreparedExhibit.Image> copy = Map.copyOf(images);
        return x -> copy.get(x.evidence().id());
    }

    boolean isSubmission() {
        return note != null;
    }

    int count() {
        return plan == null ? 1 : plan.count();
    }

    /** Whether the case's sections (facts, chronology, transactions, correspondence) are in this file. */
    boolean holdsCaseSections() {
        return number == 1;
    }

    /** The exhibits with pages in this file, in order. */
    List<ExhibitInput> exhibits(DossierInput in) {
        if (plan == null) {
            return in.exhibits();
        }
        List<ExhibitInput> mine = new ArrayList<>();
        for (int i : plan.volumes().get(number - 1)) {
            mine.add(in.exhibits().get(i));
        }
        return mine;
    }

    /** The volume that holds exhibit {@code index} when it is not this one, else 0. */
    int elsewhere(int index) {
        if (plan == null) {
            return 0;
        }
        int v = plan.volumeOf(index);
        return v == number ? 0 : v;
    }

    /** Reads and prepares an exhibit: its re-encoded image when there is one, else as the archival dossier does. */
    ExhibitPipeline.Preparer preparer(BlobSource blobs, boolean attachOriginals) {
        Objects.requireNonNull(blobs, "blobs");
        return x -> {
            PreparedExhibit.Image image = pictures.of(x);
            return image != null ? new PreparedExhibit(x, null, image)
                    : PreparedExhibit.prepare(x, blobs, attachOriginals);
        };
    }
}
